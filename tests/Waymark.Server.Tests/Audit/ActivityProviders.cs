using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Audit;

public sealed class SqliteActivityRecordingTests() : ActivityRecordingTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresActivityRecordingTests(PostgresFixture postgres) : ActivityRecordingTests("Postgres", postgres.CreateMigratedDatabase());

public sealed class SqliteActivityQueryTests() : ActivityQueryTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection2.Name)]
public sealed class PostgresActivityQueryTests(PostgresFixture postgres) : ActivityQueryTests("Postgres", postgres.CreateMigratedDatabase());

public sealed class SqliteAuditStoreTests() : AuditStoreTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection4.Name)]
public sealed class PostgresAuditStoreTests(PostgresFixture postgres) : AuditStoreTests("Postgres", postgres.CreateMigratedDatabase());

public sealed class SqliteIngestActivityTests() : IngestActivityTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection4.Name)]
public sealed class PostgresIngestActivityTests(PostgresFixture postgres) : IngestActivityTests("Postgres", postgres.CreateMigratedDatabase());
