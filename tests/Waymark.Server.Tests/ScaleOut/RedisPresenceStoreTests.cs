using Microsoft.Extensions.Options;
using Waymark.Server.Features.ScaleOut;
using Waymark.Testing.Redis;

namespace Waymark.Server.Tests.ScaleOut;

/// <summary>Presence through a real Redis, as two servers see it: two stores on one Redis, each with its own connection.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisPresenceStoreTests(RedisFixture redis) : IAsyncLifetime
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<RedisConnection> _connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task SetAsync_OnOneServer_IsListedOnTheOther()
    {
        var (a, b) = (Store(), Store());

        await a.SetAsync("w:m1", "conn-a", """{"name":"Ana"}""");
        var seen = await b.SetAsync("w:m1", "conn-b", """{"name":"Sam"}""");

        Assert.Equal(["""{"name":"Ana"}""", """{"name":"Sam"}"""], seen);
        Assert.Equal(seen, await a.ListAsync("w:m1"));
        Assert.Empty(await a.ListAsync("w:m2"));
    }

    [Fact]
    public async Task RemoveAsync_DropsOnlyThatConnection()
    {
        var (a, b) = (Store(), Store());
        await a.SetAsync("w:m", "conn-a", "\"a\"");
        await b.SetAsync("w:m", "conn-b", "\"b\"");

        var left = await a.RemoveAsync("w:m", "conn-a");

        Assert.Equal(["\"b\""], left);
        Assert.Equal(["\"b\""], await b.ListAsync("w:m"));
        Assert.Equal(["\"b\""], await b.RemoveAsync("w:m", "conn-unknown"));
    }

    [Fact]
    public async Task SetAsync_SameConnectionAgain_ReplacesItsEntry()
    {
        var a = Store();
        await a.SetAsync("w:m", "conn-a", """{"selection":null}""");

        var seen = await a.SetAsync("w:m", "conn-a", """{"selection":{"stepId":"s1"}}""");

        Assert.Equal(["""{"selection":{"stepId":"s1"}}"""], seen);
    }

    [Fact]
    public async Task ListAsync_EntryItsServerStoppedRenewing_LapsesAfterPresenceSeconds()
    {
        var later = new ShiftedClock();
        var (dead, alive) = (Store(), Store(later));
        await dead.SetAsync("w:m", "conn-dead", "\"dead\"");
        await alive.SetAsync("w:m", "conn-alive", "\"alive\"");
        Assert.Equal(2, (await alive.ListAsync("w:m")).Count);

        later.Shift = TimeSpan.FromSeconds(31); // PresenceSeconds is 30; the alive server renews its own below
        var changed = await alive.RenewAsync();

        Assert.Equal(["w:m"], changed);
        Assert.Equal(["\"alive\""], await alive.ListAsync("w:m"));
    }

    [Fact]
    public async Task RenewAsync_RedisLostEverything_PutsThisServersEntriesBack()
    {
        var (a, b) = (Store(), Store());
        await a.SetAsync("w:m", "conn-a", "\"a\"");
        await b.SetAsync("w:m", "conn-b", "\"b\"");
        Assert.Equal("+OK", redis.Server.Command("FLUSHALL"));
        Assert.Empty(await a.ListAsync("w:m"));

        var changed = await a.RenewAsync();
        await b.RenewAsync();

        Assert.Equal(["w:m"], changed);
        Assert.Equal(["\"a\"", "\"b\""], await a.ListAsync("w:m"));
        Assert.Empty(await a.RenewAsync()); // nothing changed since
    }

    [Fact]
    public async Task SetAsync_EntryWithMarkupAndQuotes_IsKeptAsTextUnchanged()
    {
        var a = Store();
        const string Hostile = """{"name":"<script>alert('x')</script> \" ]] -- redis.call('FLUSHALL')","selection":null}""";
        var huge = "\"" + new string('x', 100_000) + "\"";

        await a.SetAsync("w:m", "conn-<script>", Hostile);
        await a.SetAsync("w:m", "conn-huge", huge);

        var seen = await a.ListAsync("w:m");
        Assert.Contains(Hostile, seen);
        Assert.Contains(huge, seen);
        Assert.Equal("+PONG", redis.Server.Command("PING"));
    }

    private RedisPresenceStore Store(TimeProvider? clock = null)
    {
        var options = Options.Create(new ScaleOutOptions { Redis = redis.Server.ConnectionString, RedisPrefix = _prefix });
        var connection = new RedisConnection(options);
        _connections.Add(connection);
        return new RedisPresenceStore(connection, options, clock ?? TimeProvider.System);
    }
}
