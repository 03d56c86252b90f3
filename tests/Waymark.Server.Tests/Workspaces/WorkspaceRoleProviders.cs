using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Workspaces;

public sealed class SqliteWorkspaceRoleApiTests : WorkspaceRoleApiTests
{
    public SqliteWorkspaceRoleApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresWorkspaceRoleApiTests : WorkspaceRoleApiTests
{
    public PostgresWorkspaceRoleApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
