using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Waymark.Testing.Collab;
using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Convergence;

/// <summary>People on one map but on different servers see each other (presence in Redis, events over the backplane).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PresenceAcrossServersTests(PostgresFixture postgres) : IAsyncLifetime
{
    private CollabServers? _servers;

    public async Task InitializeAsync() => _servers = await CollabServers.TwoAsync(postgres.Server);

    public async Task DisposeAsync() => await _servers!.DisposeAsync();

    [Fact]
    public async Task Join_OnTheOtherServer_BothSeeBothAndLeavingIsSeen()
    {
        var servers = _servers!.Servers;
        var mapId = await ConvergenceRun.CreateMapAsync(servers[0].Address);
        await using var a = HubConnections.Connect(servers[0].Address);
        await using var b = HubConnections.Connect(servers[1].Address);
        var seenByA = Channel.CreateUnbounded<JsonElement>();
        a.On<string, JsonElement>("Presence", (_, list) => seenByA.Writer.TryWrite(list));
        await a.StartAsync();
        await b.StartAsync();

        var joinedA = await a.InvokeAsync<JsonElement>("Join", ConvergenceRun.Workspace, mapId, null);
        var joinedB = await b.InvokeAsync<JsonElement>("Join", ConvergenceRun.Workspace, mapId, null);

        Assert.Equal(1, joinedA.GetProperty("presence").GetArrayLength());
        Assert.Equal(2, joinedB.GetProperty("presence").GetArrayLength());
        Assert.Equal(2, (await NextWithCountAsync(seenByA.Reader, 2)).GetArrayLength());

        await b.InvokeAsync("SetPresence", ConvergenceRun.Workspace, mapId, new { stepId = "stp-compare-tools" }, null);
        var selected = await NextWithCountAsync(seenByA.Reader, 2, e => e.TryGetProperty("selection", out var s) && s.ValueKind == JsonValueKind.Object);
        Assert.Contains(selected.EnumerateArray(), e => e.TryGetProperty("selection", out var s) && s.ValueKind == JsonValueKind.Object
            && s.GetProperty("stepId").GetString() == "stp-compare-tools");

        await b.StopAsync();
        Assert.Equal(1, (await NextWithCountAsync(seenByA.Reader, 1)).GetArrayLength());
    }

    // The next Presence list of that length (and matching, if asked); earlier lists on the way are skipped.
    private static async Task<JsonElement> NextWithCountAsync(ChannelReader<JsonElement> reader, int count, Func<JsonElement, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var list = await reader.ReadAsync(timeout.Token);
            if (list.GetArrayLength() == count && (match is null || list.EnumerateArray().Any(match)))
            {
                return list;
            }
        }
    }
}
