using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteCrossSiteTests : CrossSiteTests
{
    public SqliteCrossSiteTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresCrossSiteTests : CrossSiteTests
{
    public PostgresCrossSiteTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
