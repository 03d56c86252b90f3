using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteConcurrencyApiTests : ConcurrencyApiTests
{
    public SqliteConcurrencyApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyApiTests : ConcurrencyApiTests
{
    public PostgresConcurrencyApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
