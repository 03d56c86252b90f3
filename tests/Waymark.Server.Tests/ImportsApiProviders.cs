using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteImportsApiTests : ImportsApiTests
{
    public SqliteImportsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresImportsApiTests : ImportsApiTests
{
    public PostgresImportsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
