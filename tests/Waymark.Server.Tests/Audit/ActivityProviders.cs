using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Audit;

public sealed class SqliteActivityRecordingTests() : ActivityRecordingTests("Sqlite", TempSqlite.NewConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresActivityRecordingTests(PostgresFixture postgres) : ActivityRecordingTests("Postgres", postgres.CreateDatabase());

public sealed class SqliteActivityQueryTests() : ActivityQueryTests("Sqlite", TempSqlite.NewConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresActivityQueryTests(PostgresFixture postgres) : ActivityQueryTests("Postgres", postgres.CreateDatabase());

public sealed class SqliteAuditStoreTests() : AuditStoreTests("Sqlite", TempSqlite.NewConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditStoreTests(PostgresFixture postgres) : AuditStoreTests("Postgres", postgres.CreateDatabase());

public sealed class SqliteIngestActivityTests() : IngestActivityTests("Sqlite", TempSqlite.NewConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestActivityTests(PostgresFixture postgres) : IngestActivityTests("Postgres", postgres.CreateDatabase());
