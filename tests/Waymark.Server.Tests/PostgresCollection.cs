using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

/// <summary>
/// Test classes in this collection share one real PostgreSQL server. The PostgreSQL classes are spread over four
/// such collections (this one and <see cref="PostgresCollection2"/> to <see cref="PostgresCollection4"/>), each
/// with a server of its own and about the same test time, so they run beside each other and the SQLite classes
/// rather than one after another (ADR 049).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}

/// <summary>The second PostgreSQL collection: see <see cref="PostgresCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection2 : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres 2";
}

/// <summary>The third PostgreSQL collection: see <see cref="PostgresCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection3 : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres 3";
}

/// <summary>The fourth PostgreSQL collection: see <see cref="PostgresCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection4 : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres 4";
}
