using Waymark.Testing.Redis;

namespace Waymark.Server.Tests.ScaleOut;

/// <summary>Test classes in this collection share one real Redis (Debian's redis-server).</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "redis";
}
