using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Explorer;

public sealed class SqliteExplorerApiTests() : ExplorerApiTests("Sqlite", TempSqlite.NewConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresExplorerApiTests(PostgresFixture postgres) : ExplorerApiTests("Postgres", postgres.CreateDatabase());
