using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Explorer;

public sealed class SqliteExplorerApiTests() : ExplorerApiTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection4.Name)]
public sealed class PostgresExplorerApiTests(PostgresFixture postgres) : ExplorerApiTests("Postgres", postgres.CreateMigratedDatabase());
