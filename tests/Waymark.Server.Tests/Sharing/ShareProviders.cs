using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Sharing;

public sealed class SqliteShareLinksApiTests : ShareLinksApiTests
{
    public SqliteShareLinksApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresShareLinksApiTests : ShareLinksApiTests
{
    public PostgresShareLinksApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteGuestRouteWalkTests : GuestRouteWalkTests
{
    public SqliteGuestRouteWalkTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresGuestRouteWalkTests : GuestRouteWalkTests
{
    public PostgresGuestRouteWalkTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteVotesApiTests : VotesApiTests
{
    public SqliteVotesApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresVotesApiTests : VotesApiTests
{
    public PostgresVotesApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
