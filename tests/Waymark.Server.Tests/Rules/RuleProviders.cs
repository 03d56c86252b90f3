using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Rules;

public sealed class SqliteRuleFiringTests : RuleFiringTests
{
    public SqliteRuleFiringTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresRuleFiringTests : RuleFiringTests
{
    public PostgresRuleFiringTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteRuleApiTests : RuleApiTests
{
    public SqliteRuleApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresRuleApiTests : RuleApiTests
{
    public PostgresRuleApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteRuleLiveTests : RuleLiveTests
{
    public SqliteRuleLiveTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresRuleLiveTests : RuleLiveTests
{
    public PostgresRuleLiveTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
