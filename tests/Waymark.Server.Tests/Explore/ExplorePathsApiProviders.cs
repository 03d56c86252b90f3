using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Explore;

public sealed class SqliteExplorePathsApiTests : ExplorePathsApiTests
{
    public SqliteExplorePathsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresExplorePathsApiTests : ExplorePathsApiTests
{
    public PostgresExplorePathsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
