using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

[Collection(MemoryCollection.Name)]
public sealed class SqliteUploadLimitsTests : UploadLimitsTests
{
    public SqliteUploadLimitsTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(MemoryCollection.Name)]
public sealed class PostgresUploadLimitsTests : UploadLimitsTests
{
    public PostgresUploadLimitsTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
