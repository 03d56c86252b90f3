using System.Globalization;
using Waymark.Analytics.Overlay;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// A pushed-down grouping larger than <c>SpillBytes</c> is written to disk and merged part by part (ADR 074):
/// with a threshold of one byte every analysis that groups by customer spills, and its figures are still the engine's.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseSpillTests(ClickHouseFixture clickHouse, PushdownData data)
{
    [StoreFact]
    public async Task Analyses_SpillingEveryBlockToDisk_EqualTheEngine()
    {
        var shared = await data.GeneratedAsync(clickHouse.Server);
        var options = ClickHouseStores.Options(clickHouse.Server, shared.Options.Database);
        options.SpillBytes = 1;
        using var logs = shared.With(options);
        var funnel = PushdownAssert.Funnel(TimeSpan.FromDays(7), ["Viewed product"], ["Compared plans", "Read reviews"], ["Started signup"], ["Signup completed"]);

        var before = await SpilledPartsAsync(options.Database);
        await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = ClickHouseOverlayLogTests.GeneratedMap });
        var afterOverlay = await SpilledPartsAsync(options.Database);
        await PushdownAssert.SameFunnelAsync(logs, funnel);
        await PushdownAssert.SameFlowAsync(logs);

        Assert.True(afterOverlay > before, $"the overlay wrote no part of its grouping to disk ({before} parts before, {afterOverlay} after)");
        Assert.True(await SpilledPartsAsync(options.Database) > afterOverlay, "the funnel and the flow graph wrote no part of their grouping to disk");
    }

    [Fact]
    public void Options_NegativeSpill_IsNamedAtStart()
    {
        var options = new Waymark.Data.EventStores.ClickHouse.ClickHouseOptions { SpillBytes = -1 };
        Assert.Contains("SpillBytes", options.Problem(), StringComparison.Ordinal);
    }

    /// <summary>The parts of groupings the server has written to disk since it started.</summary>
    private async Task<long> SpilledPartsAsync(string database)
    {
        var text = await ClickHouseStores.QueryAsync(clickHouse.Server, database,
            "SELECT sum(value) FROM system.events WHERE event = 'ExternalAggregationWritePart'");
        return long.Parse(text, CultureInfo.InvariantCulture);
    }
}
