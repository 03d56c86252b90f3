using Waymark.Testing.Collab;

namespace Waymark.Server.Tests.Convergence;

/// <summary>
/// Simulated editors on one real server (SQLite) over SignalR: random edits of every type, pauses, drop-offs and
/// queued offline edits; after quiet every copy equals the stored map and every acknowledged op is logged once.
/// A handful of runs here; bench/collab/convergence.sh runs thousands, many at once.
/// </summary>
public sealed class ConvergenceTests : ConvergenceTestBase
{
    [Theory]
    [InlineData(1, 2, 25)]
    [InlineData(2, 5, 15)]
    [InlineData(3, 10, 8)]
    public async Task Run_RandomEditors_ConvergeOnTheStoredMap(int seed, int clients, int edits) =>
        await AssertConvergesAsync(seed, clients, new SimClientOptions { Edits = edits }, 60);

    [Fact]
    public async Task Run_EditorsOftenOffline_QueuedEditsArriveOnce()
    {
        var options = new SimClientOptions { Edits = 20, DisconnectChance = 0.3, MaxDelayMs = 5 };

        var outcome = await AssertConvergesAsync(4, 4, options, 60);

        Assert.True(outcome.Rejected > 0, "late edits to deleted things should be refused: " + outcome);
    }

    [Fact]
    public async Task RunMany_RunsOnSeveralMapsAtOnce_AllConverge()
    {
        var options = new SimClientOptions { Edits = 10, MaxDelayMs = 5 };

        var totals = await ConvergenceRuns.RunManyAsync(Servers.Servers, 100, 6, 3, 5, options, TimeSpan.FromSeconds(90));

        Assert.Equal(6, totals.Runs);
        Assert.True(totals.Failed.Count == 0, string.Join("\n", totals.Failed));
        Assert.True(totals.Applied > 6 * 2 * 10 / 4, $"{totals.Applied} ops applied");
    }

    protected override Task<CollabServers> StartServersAsync() => CollabServers.OneAsync();
}
