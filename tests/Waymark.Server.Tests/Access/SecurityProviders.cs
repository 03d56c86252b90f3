using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Access;

public sealed class SqliteAntiforgeryWalkTests : AntiforgeryWalkTests
{
    public SqliteAntiforgeryWalkTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAntiforgeryWalkTests : AntiforgeryWalkTests
{
    public PostgresAntiforgeryWalkTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}
