using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

/// <summary>
/// Test classes that measure this process's memory: they run after every parallel collection, one at a time, so no
/// other test allocates while they measure. They share one PostgreSQL server of their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "memory";
}
