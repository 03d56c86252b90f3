using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteStoredBadTextTests : StoredBadTextTests
{
    public SqliteStoredBadTextTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresStoredBadTextTests : StoredBadTextTests
{
    public PostgresStoredBadTextTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteInvalidTextInputTests : InvalidTextInputTests
{
    public SqliteInvalidTextInputTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresInvalidTextInputTests : InvalidTextInputTests
{
    public PostgresInvalidTextInputTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}

public sealed class SqliteUploadPlaceTests : UploadPlaceTests
{
    public SqliteUploadPlaceTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection3.Name)]
public sealed class PostgresUploadPlaceTests : UploadPlaceTests
{
    public PostgresUploadPlaceTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
