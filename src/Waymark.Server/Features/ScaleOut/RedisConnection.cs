using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Waymark.Server.Features.ScaleOut;

/// <summary>The server's one Redis connection for presence (SignalR's backplane keeps its own), made on first use.</summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;

    public RedisConnection(IOptions<ScaleOutOptions> options)
    {
        var configuration = options.Value.Redis
            ?? throw new InvalidOperationException("Collab:Redis is not set; RedisConnection needs it.");
        _connection = new(() => ConnectionMultiplexer.ConnectAsync(configuration), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<IDatabase> DatabaseAsync() => (await _connection.Value.ConfigureAwait(false)).GetDatabase();

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync().ConfigureAwait(false);
        }
    }
}
