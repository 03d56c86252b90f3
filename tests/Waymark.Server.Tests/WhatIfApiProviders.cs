using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteWhatIfApiTests : WhatIfApiTests
{
    public SqliteWhatIfApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWhatIfApiTests : WhatIfApiTests
{
    public PostgresWhatIfApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
