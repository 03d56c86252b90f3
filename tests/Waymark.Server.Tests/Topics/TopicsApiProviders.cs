using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Topics;

public sealed class SqliteTopicsApiTests() : TopicsApiTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection2.Name)]
public sealed class PostgresTopicsApiTests(PostgresFixture postgres) : TopicsApiTests("Postgres", postgres.CreateMigratedDatabase());
