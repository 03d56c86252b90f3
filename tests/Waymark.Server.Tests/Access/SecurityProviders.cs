using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Access;

public sealed class SqliteAntiforgeryWalkTests : AntiforgeryWalkTests
{
    public SqliteAntiforgeryWalkTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAntiforgeryWalkTests : AntiforgeryWalkTests
{
    public PostgresAntiforgeryWalkTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteBruteForceTests : BruteForce.BruteForceTests
{
    public SqliteBruteForceTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresBruteForceTests : BruteForce.BruteForceTests
{
    public PostgresBruteForceTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
