using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

/// <summary>Test classes in this collection share one real PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
