using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteAnalysisLimitsApiTests : AnalysisLimitsApiTests
{
    public SqliteAnalysisLimitsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresAnalysisLimitsApiTests : AnalysisLimitsApiTests
{
    public PostgresAnalysisLimitsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
