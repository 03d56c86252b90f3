using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Explore;

public sealed class SqliteExploreRetentionApiTests : ExploreRetentionApiTests
{
    public SqliteExploreRetentionApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresExploreRetentionApiTests : ExploreRetentionApiTests
{
    public PostgresExploreRetentionApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
