using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

public sealed class SqliteStoredBadTextTests : StoredBadTextTests
{
    public SqliteStoredBadTextTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoredBadTextTests : StoredBadTextTests
{
    public PostgresStoredBadTextTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}

public sealed class SqliteInvalidTextInputTests : InvalidTextInputTests
{
    public SqliteInvalidTextInputTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresInvalidTextInputTests : InvalidTextInputTests
{
    public PostgresInvalidTextInputTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}

public sealed class SqliteUploadPlaceTests : UploadPlaceTests
{
    public SqliteUploadPlaceTests()
        : base("Sqlite", TempSqlite.NewConnectionString())
    {
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresUploadPlaceTests : UploadPlaceTests
{
    public PostgresUploadPlaceTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateDatabase())
    {
    }
}
