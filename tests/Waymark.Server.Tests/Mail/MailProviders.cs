using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Mail;

public sealed class SqliteMailApiTests : MailApiTests
{
    public SqliteMailApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresMailApiTests : MailApiTests
{
    public PostgresMailApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
