using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Explore;

public sealed class SqliteExploreAttributesApiTests : ExploreAttributesApiTests
{
    public SqliteExploreAttributesApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresExploreAttributesApiTests : ExploreAttributesApiTests
{
    public PostgresExploreAttributesApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
