using Waymark.Testing;
using Waymark.Testing.Collab;

namespace Waymark.Server.Tests.Convergence;

/// <summary>
/// Simulated editors on one real server (SQLite) over SignalR: random edits of every type, pauses, drop-offs and
/// queued offline edits; after quiet every copy equals the stored map and every acknowledged op is logged once.
/// A handful of runs here; bench/collab/convergence.sh runs thousands.
/// </summary>
public sealed class ConvergenceTests : IAsyncLifetime
{
    private CollabServers? _servers;

    public async Task InitializeAsync() => _servers = await CollabServers.OneAsync();

    public async Task DisposeAsync() => await _servers!.DisposeAsync();

    [Theory]
    [InlineData(1, 2, 25)]
    [InlineData(2, 5, 15)]
    [InlineData(3, 10, 8)]
    public async Task Run_RandomEditors_ConvergeOnTheStoredMap(int seed, int clients, int edits)
    {
        var outcome = await ConvergenceRun.RunAsync(_servers!.Servers, seed, clients, new SimClientOptions { Edits = edits }, TimeSpan.FromSeconds(60));

        Assert.True(outcome.Converged, outcome.ToString());
        Assert.True(outcome.Applied > clients * edits / 4, outcome.ToString()); // the run did edit, not only get refused
    }

    [Fact]
    public async Task Run_EditorsOftenOffline_QueuedEditsArriveOnce()
    {
        var options = new SimClientOptions { Edits = 20, DisconnectChance = 0.3, MaxDelayMs = 5 };

        var outcome = await ConvergenceRun.RunAsync(_servers!.Servers, 4, 4, options, TimeSpan.FromSeconds(60));

        Assert.True(outcome.Converged, outcome.ToString());
        Assert.True(outcome.Rejected > 0, "late edits to deleted things should be refused: " + outcome);
    }
}
