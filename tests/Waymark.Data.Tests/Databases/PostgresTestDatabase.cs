using Waymark.Data.Tests.Schema;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests.Databases;

/// <summary>Databases on the collection's shared PostgreSQL server.</summary>
public sealed class PostgresTestDatabase(PostgresFixture postgres) : TestDatabase
{
    public override DatabaseOptions New() => new()
    {
        Provider = DatabaseProvider.Postgres,
        ConnectionString = postgres.CreateDatabase(),
    };

    public override Task<SortedSet<string>> ReadSchemaAsync(WaymarkDbContext context) => PostgresSchemaReader.LinesAsync(context);
}
