using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteAnalysisLimitsApiTests : AnalysisLimitsApiTests
{
    public SqliteAnalysisLimitsApiTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAnalysisLimitsApiTests : AnalysisLimitsApiTests
{
    public PostgresAnalysisLimitsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}
