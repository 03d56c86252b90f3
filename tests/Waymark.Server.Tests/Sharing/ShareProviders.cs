using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Sharing;

public sealed class SqliteShareLinksApiTests : ShareLinksApiTests
{
    public SqliteShareLinksApiTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresShareLinksApiTests : ShareLinksApiTests
{
    public PostgresShareLinksApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}

public sealed class SqliteGuestRouteWalkTests : GuestRouteWalkTests
{
    public SqliteGuestRouteWalkTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresGuestRouteWalkTests : GuestRouteWalkTests
{
    public PostgresGuestRouteWalkTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}

public sealed class SqliteVotesApiTests : VotesApiTests
{
    public SqliteVotesApiTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresVotesApiTests : VotesApiTests
{
    public PostgresVotesApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}
