using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Explore;

public sealed class SqliteProcessApiTests : ProcessApiTests
{
    public SqliteProcessApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresProcessApiTests : ProcessApiTests
{
    public PostgresProcessApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
