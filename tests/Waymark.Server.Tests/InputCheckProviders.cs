using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteStoredBadTextTests : StoredBadTextTests
{
    public SqliteStoredBadTextTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoredBadTextTests : StoredBadTextTests
{
    public PostgresStoredBadTextTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}
