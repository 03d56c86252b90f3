using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Topics;

public sealed class SqliteTopicsApiTests() : TopicsApiTests("Sqlite", TempSqlite.NewConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresTopicsApiTests(PostgresFixture postgres) : TopicsApiTests("Postgres", postgres.CreateDatabase());
