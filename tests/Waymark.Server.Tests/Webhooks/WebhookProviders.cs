using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Webhooks;

public sealed class SqliteWebhookDeliveryTests : WebhookDeliveryTests
{
    public SqliteWebhookDeliveryTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresWebhookDeliveryTests : WebhookDeliveryTests
{
    public PostgresWebhookDeliveryTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteWebhookApiTests : WebhookApiTests
{
    public SqliteWebhookApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresWebhookApiTests : WebhookApiTests
{
    public PostgresWebhookApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteWebhookChoicesTests : WebhookChoicesTests
{
    public SqliteWebhookChoicesTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection2.Name)]
public sealed class PostgresWebhookChoicesTests : WebhookChoicesTests
{
    public PostgresWebhookChoicesTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
