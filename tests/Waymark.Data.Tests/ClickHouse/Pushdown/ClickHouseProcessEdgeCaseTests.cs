using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// The pushed-down flow graph's coverage cut, the variants and the process map equal the engine's where their
/// tie-breaks bite: activities and edges of equal counts first seen in an order unlike their names', variants of equal
/// counts whose names UTF-8 and UTF-16 order differently, even counts (the nearest-rank median is the lower one),
/// ties in time, one-event customers, and event matches (a map's bindings) applied after the customer conditions.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseProcessEdgeCaseTests(ClickHouseFixture clickHouse)
{
    private const string Emoji = "😀 smile";
    private const string Fullwidth = "ｚ fullwidth";
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [StoreFact]
    public async Task FlowAsync_CoverageCut_EqualsTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());

        foreach (var (activities, paths) in new[] { (10.0, 100.0), (40, 100), (55, 30), (70, 50), (85, 10), (100, 1), (99, 99), (1, 1) })
        {
            await PushdownAssert.SameFlowAsync(logs, new FlowOptions { ActivityPercent = activities, PathPercent = paths });
        }

        var cut = await PushdownAssert.SameFlowAsync(logs, new FlowOptions { ActivityPercent = 40 });
        Assert.True(cut.Nodes.Count < cut.AllNodes, $"{cut.Nodes.Count} of {cut.AllNodes} nodes shown");
    }

    [StoreFact]
    public async Task VariantsAsync_TiesAndMedians_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());

        foreach (var top in new[] { 0, 1, 2, 3, 5, 50 })
        {
            await ProcessAssert.SameVariantsAsync(logs, new VariantOptions { Top = top });
        }

        var variants = await ProcessAssert.SameVariantsAsync(logs, new VariantOptions { Top = 50 });
        var period = new EventFilter { From = new DateTimeOffset(T0 + (5 * TimeSpan.TicksPerSecond), TimeSpan.Zero) };
        await ProcessAssert.SameVariantsAsync(logs, new VariantOptions { Filter = period with { DidNot = ["A"] }, Top = 4 });
        await ProcessAssert.SameVariantsAsync(logs, new VariantOptions { Filter = new EventFilter { Did = ["no such activity"] } });

        // Z > A > B by four customers taking 10, 30, 20 and 40 s: the nearest-rank median of four is the second, 20 s.
        Assert.Contains(variants.Top, v => v.Activities.SequenceEqual(["Z", "A", "B"]) && v.Customers == 4 && v.MedianDuration == TimeSpan.FromSeconds(20));
    }

    [StoreFact]
    public async Task ProcessAsync_CutVariantsStatsAndMatches_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events(), [new("p1", "plan", "pro"), new("p2", "plan", "pro")]);
        var matches = new EventMatch[] { EventMatch.Of("A", "B"), EventMatch.Of(Emoji), EventMatch.Of("B") };
        EventFilter[] filters =
        [
            new(),
            new() { Events = matches },
            new() { Events = matches, Did = ["Z"] },
            new() { Events = [EventMatch.Of("no such activity")] },
            new() { Events = [], Attributes = [new("plan", ["pro"])] },
            new() { Attributes = [new("plan", ["pro"])], From = new DateTimeOffset(T0 + TimeSpan.TicksPerSecond, TimeSpan.Zero) },
        ];

        foreach (var filter in filters)
        {
            await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { Filter = filter, WithStats = true });
            await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { Filter = filter, ActivityPercent = 60, PathPercent = 40, Top = 2 });
            await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["A"], ["B"]) with { Filter = filter });
        }

        var withMatch = await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { Filter = filters[1], WithStats = true });
        Assert.DoesNotContain(withMatch.Flow.Nodes, n => n.Activity == "Z");
    }

    [StoreFact]
    public async Task ProcessAsync_MatchWithPropertyConditions_ThrowsNotSupported()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());
        var conditional = new EventMatch(["A"], [new PropertyCondition("device", "mobile")]);
        var filter = new EventFilter { Events = [EventMatch.Of("B"), conditional] };

        await Assert.ThrowsAsync<NotSupportedException>(() => logs.Pushdown.ProcessAsync(new ProcessOptions { Filter = filter }));
        await Assert.ThrowsAsync<NotSupportedException>(() => logs.Pushdown.FlowAsync(new FlowOptions { Filter = new EventFilter { PropertyKey = "k", PropertyValue = "v" } }));
    }

    private static IEnumerable<NewEvent> Events()
    {
        // Z is stored first and B before A: the log's activity order (Z, B, A, ...) is unlike the names' (A, B, Z).
        yield return E("z0", 0, "Z");
        yield return E("z0", 1, "B");
        yield return E("z0", 2, "A");
        foreach (var (customer, wait) in new[] { ("z1", 10), ("z2", 30), ("z3", 20), ("z4", 40) })
        {
            yield return E(customer, 0, "Z");
            yield return E(customer, 1, "A");
            yield return E(customer, wait, "B");
        }

        // B > A and A > B by as many customers; as many Z as A and B at the cut's edge.
        yield return E("ab", 2, "A");
        yield return E("ab", 2, "B"); // a tie in time: input order
        yield return E("ba", 3, "B");
        yield return E("ba", 4, "A");
        yield return E("p1", 5, Emoji);
        yield return E("p1", 6, "Z");
        yield return E("p2", 5, Fullwidth);
        yield return E("p2", 6, "Z");
        yield return E("p3", 7, Fullwidth);
        yield return E("p3", 7, Emoji);
        yield return E("p4", 7, Emoji);
        yield return E("p4", 7, Fullwidth);
        // One-event customers: variants of one activity, duration 0.
        yield return E("one1", 9, "A");
        yield return E("one2", 9, "B");
        yield return E("one3", 8, "Z");
        yield return E("one3", 20, "Z");
    }

    private static NewEvent E(string customer, int seconds, string activity) =>
        new(null, customer, T0 + (seconds * TimeSpan.TicksPerSecond), activity, null, null);
}
