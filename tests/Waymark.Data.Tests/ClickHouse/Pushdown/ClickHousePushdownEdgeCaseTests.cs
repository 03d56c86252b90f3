using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Pushed-down statistics, flow graph and funnel equal the engine's on the cases where the rules bite: ties in time
/// (input order), events stored out of time order, repeated activities, the window's inclusive boundary, a customer
/// with one event, and names ClickHouse must escape or sorts differently.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHousePushdownEdgeCaseTests(ClickHouseFixture clickHouse)
{
    private const string Hostile = "it's \\ a\ttab\nline \"quoted\" \\N";
    private const string Emoji = "😀 smile";
    private const string Fullwidth = "ｚ fullwidth";
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [StoreFact]
    public async Task Analyses_EdgeCases_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());

        var stats = await PushdownAssert.SameStatsAsync(logs);
        var flow = await PushdownAssert.SameFlowAsync(logs);
        var windowed = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"], ["C"]));
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["A"], ["B"], ["C"]));
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B", Hostile], ["C", Emoji], ["A"]));
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(TimeSpan.Zero, ["B"], ["A"]));
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"], ["C"]) with { Mode = FunnelMode.Strict });
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["B"], ["A", "C"], ["B"]) with { Mode = FunnelMode.Strict });
        var anyOrder = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"], ["C"]) with { Mode = FunnelMode.AnyOrder });
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, [Emoji], ["A"], [Fullwidth]) with { Mode = FunnelMode.AnyOrder });
        // A step made of alternatives (as a map's stage), read as any of their activities.
        var stage = new FunnelStep("B or C", ["B"]) { AnyOf = [new FunnelStep("C", ["C"]), new FunnelStep(Hostile, [Hostile])] };
        await PushdownAssert.SameFunnelAsync(logs, new FunnelOptions { Steps = [FunnelStep.Of("A"), stage, FunnelStep.Of("C")], Window = Window });

        Assert.Contains(stats.Activities, a => a.Activity == Hostile);
        // B -> A waits 0 s (c7) and 100 s (c2): the nearest-rank median is 0 s, where quantileExact would give 100 s.
        Assert.Contains(flow.Edges, e => e.From == "B" && e.To == "A" && e.Duration.Median == TimeSpan.Zero);
        // Entered by eight; c3b loses C one second past the window; c4, c5, c6 have no B.
        Assert.Equal([8L, 5, 4], windowed.Steps.Select(s => s.Customers));
        Assert.True(anyOrder.Steps[2].Customers >= windowed.Steps[2].Customers);
        Assert.Equal(1, anyOrder.Excluded); // c8: only C, so no attempt reaches the first step
    }

    [StoreFact]
    public async Task Analyses_Period_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());
        var filter = new EventFilter { From = new DateTimeOffset(T0 + TimeSpan.TicksPerSecond, TimeSpan.Zero), To = new DateTimeOffset(T0 + TimeSpan.TicksPerHour, TimeSpan.Zero) };

        await PushdownAssert.SameStatsAsync(logs, new StatsOptions { Filter = filter });
        await PushdownAssert.SameFlowAsync(logs, new FlowOptions { Filter = filter });
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"], ["C"]) with { Filter = filter });
    }

    [StoreFact]
    public async Task Analyses_CustomerConditions_EqualTheEngine()
    {
        CustomerAttribute[] attributes =
        [
            new("c1", "plan", "pro"), new("c2", "plan", "free"), new("c2", "plan", "pro"), new("c3", "plan", "free"),
            new("c5", "region", "eu's"), new("c7", "plan", "pro"), new("c7", "region", "eu's"),
        ];
        // c9: its first event has no channel, a later one has web: acquired through no channel.
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, [.. Events(), E("c9", 0, "A"), E("c9", 20, "B", "web")], attributes);
        var period = new EventFilter { From = new DateTimeOffset(T0 + TimeSpan.TicksPerSecond, TimeSpan.Zero) };
        EventFilter[] filters =
        [
            new() { Did = ["A", "B"] },
            new() { DidNot = ["C"] },
            period with { Did = ["A"], DidNot = [Hostile] },
            new() { Did = ["no such activity"] },
            new() { Attributes = [new("plan", ["pro"])] },
            period with { Attributes = [new("plan", ["pro", "free"]), new("region", ["eu's"])] },
            new() { Attributes = [new("no such key", ["pro"])] },
            new() { Attributes = [new("plan", [])] },
            new() { AttributeKey = "plan", AttributeValues = ["free"] },
            new() { Channels = ["web", "ads"] },
            period with { Channels = ["app"], Did = ["B"] },
            new() { Channels = ["no such channel", ""] },
        ];

        foreach (var filter in filters)
        {
            await PushdownAssert.SameStatsAsync(logs, new StatsOptions { Filter = filter });
            await PushdownAssert.SameFlowAsync(logs, new FlowOptions { Filter = filter });
            await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"], ["C"]) with { Filter = filter });
        }

        var pro = await logs.Pushdown.StatsAsync(new StatsOptions { Filter = filters[4] });
        Assert.Equal(3, pro.Customers); // c1, c2 (its last write) and c7
        var web = await logs.Pushdown.StatsAsync(new StatsOptions { Filter = filters[9] });
        Assert.Equal(2, web.Customers); // c2 (web) and c7 (ads, first in input order at its one instant), not c1 (app) nor c9 (none)
    }

    [StoreFact]
    public async Task FunnelAsync_OptionsNotPushedDown_ThrowsNotSupported()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());
        var funnel = PushdownAssert.Funnel(null, ["A"], ["B"]);

        await Assert.ThrowsAsync<NotSupportedException>(() => logs.Pushdown.FunnelAsync(funnel with { Filter = new EventFilter { PropertyKey = "k", PropertyValue = "v" } }));
    }

    private static IEnumerable<NewEvent> Events()
    {
        // c1: stored out of time order (its acquisition channel is the earliest event's, app); A and B at the same
        // time, A first in input order.
        yield return E("c1", 10, "C", "web");
        yield return E("c1", 0, "A", "app");
        yield return E("c1", 0, "B");
        yield return E("c1", 0, "B");
        // c2: repeats; the attempt from the second A reaches C sooner than the first.
        foreach (var (s, a) in new[] { (0, "A"), (100, "A"), (200, "B"), (300, "A"), (400, "B"), (500, "C"), (600, "C") })
        {
            yield return E("c2", s, a, "web");
        }

        // c3: C exactly at the window's end counts; c3b: one second past it does not.
        yield return E("c3", 0, "A");
        yield return E("c3", 1800, "B");
        yield return E("c3", 3600, "C");
        yield return E("c3b", 0, "A");
        yield return E("c3b", 1800, "B");
        yield return E("c3b", 3601, "C");
        // c4: one event.
        yield return E("c4", 5, "A");
        // c5 and c6: names to escape, and two that UTF-8 and UTF-16 order differently.
        yield return E("c5", 1, "A");
        yield return E("c5", 2, Hostile);
        yield return E("c5", 3, Emoji);
        yield return E("c5", 3, Fullwidth);
        yield return E("c6", 7, Fullwidth);
        yield return E("c6", 7, Emoji);
        yield return E("c6", 7, "A");
        // c8: only later steps (an any-order attempt that reaches no step: excluded).
        yield return E("c8", 4, "C");
        // c7: all at one instant, in an order unlike the names'.
        yield return E("c7", 9, "C", "ads");
        yield return E("c7", 9, "B", "web");
        yield return E("c7", 9, "A");
        yield return E("c7", 9, "B");
        yield return E("c7", 9, "C");
    }

    private static NewEvent E(string customer, int seconds, string activity, string? channel = null) =>
        new(null, customer, T0 + (seconds * TimeSpan.TicksPerSecond), activity, channel, null);
}
