namespace Waymark.Testing.Redis;

/// <summary>One Redis server shared by the tests of a class or collection, started on first use.</summary>
public sealed class RedisFixture : IDisposable
{
    private readonly Lazy<RedisServer> _server = new(RedisServer.Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public RedisServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
