using Waymark.Server.Tests.OidcProvider;
using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Accounts;

public sealed class SqliteAccountsApiTests : AccountsApiTests
{
    public SqliteAccountsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresAccountsApiTests : AccountsApiTests
{
    public PostgresAccountsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteAccessApiTests : AccessApiTests
{
    public SqliteAccessApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresAccessApiTests : AccessApiTests
{
    public PostgresAccessApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteOidcSignInTests : OidcSignInTests, IClassFixture<TestOidcProvider>
{
    public SqliteOidcSignInTests(TestOidcProvider idp)
        : base("Sqlite", TempSqlite.NewMigratedConnectionString(), idp)
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresOidcSignInTests : OidcSignInTests, IClassFixture<TestOidcProvider>
{
    public PostgresOidcSignInTests(PostgresFixture postgres, TestOidcProvider idp)
        : base("Postgres", postgres.CreateMigratedDatabase(), idp)
    {
    }
}
