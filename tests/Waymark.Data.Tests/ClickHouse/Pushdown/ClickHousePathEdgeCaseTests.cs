using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Pushed-down paths equal the engine's where its rules bite: ties in time (input order), events stored out of time
/// order, repeats collapsed or not around the anchor, one-event customers, an anchor nobody reaches or no event has,
/// the depth limit both ways, visits cut by a session gap, a step anchor with alternatives and conditions, the fold
/// into "other" with ties broken by name, top paths tied (broken by the log's activity order, unlike the names'), a
/// period and customer conditions.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHousePathEdgeCaseTests(ClickHouseFixture clickHouse)
{
    private static readonly long T0 = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc).Ticks;

    [StoreFact]
    public async Task PathsAsync_EdgeCases_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events(), [new("c1", "plan", "pro"), new("c4", "plan", "pro")]);
        var mobile = new FunnelStep("B on mobile", ["B"]) { Conditions = [new PropertyCondition("device", "mobile")] };
        var either = new FunnelStep("C or D", ["C"]) { AnyOf = [FunnelStep.Of("D")] };
        EventFilter[] filters =
        [
            new(),
            new() { From = new DateTimeOffset(T0 + (3 * TimeSpan.TicksPerSecond), TimeSpan.Zero) },
            new() { Did = ["C"], DidNot = ["E"] },
            new() { Attributes = [new("plan", ["pro"])] },
            new() { Events = [EventMatch.Of("A", "B"), EventMatch.Of("C")] },
        ];
        PathOptions[] shapes =
        [
            new(),
            new() { Backward = true },
            new() { From = "A" },
            new() { From = "B", Depth = 2 },
            new() { To = "C" },
            new() { To = "A", Depth = 3, CollapseRepeats = true },
            new() { From = "A", CollapseRepeats = true, Depth = 7 },
            new() { From = "no such activity" },
            new() { From = "E", Width = 1 },
            new() { Start = FunnelStep.Of("B") },
            new() { Start = mobile, Backward = true, CollapseRepeats = true },
            new() { Start = either, Width = 2, TopPaths = 3 },
            new() { Start = FunnelStep.Of("no such activity") },
            new() { SessionGap = TimeSpan.FromMinutes(30) },
            new() { SessionGap = TimeSpan.FromMinutes(30), Backward = true, CollapseRepeats = true },
            new() { SessionGap = TimeSpan.Zero, From = "B", Width = 1, TopPaths = 2 },
        ];

        foreach (var filter in filters)
        {
            foreach (var shape in shapes)
            {
                await PushdownAssert.SamePathsAsync(logs, shape with { Filter = filter });
            }
        }

        // The figures the cases are there for, so a case that stopped biting shows.
        var all = await PushdownAssert.SamePathsAsync(logs, new PathOptions { Width = 1, TopPaths = 2 });
        Assert.Contains(all.Nodes, n => n.Activity == PathResult.Other);
        Assert.Equal(0, (await PushdownAssert.SamePathsAsync(logs, new PathOptions { From = "E", Filter = filters[2] })).Journeys);
        var deep = await PushdownAssert.SamePathsAsync(logs, new PathOptions { From = "A", Depth = 2 });
        Assert.True(deep.Nodes.Max(n => n.Step) == 1 && deep.Paths.All(p => p.Activities.Count <= 2));
        var visits = await PushdownAssert.SamePathsAsync(logs, new PathOptions { SessionGap = TimeSpan.FromMinutes(30) });
        Assert.True(visits.Journeys > all.Journeys, $"{visits.Journeys} visits of {all.Journeys} customers");
    }

    private static IEnumerable<NewEvent> Events()
    {
        // D is stored first and C before B: the log's activity order (D, C, B, A, E) is unlike the names'.
        yield return E("c0", 0, "D");
        yield return E("c0", 1, "C");
        yield return E("c1", 0, "A");
        yield return E("c1", 1, "B", mobile: true);
        yield return E("c1", 1, "B"); // a tie in time: input order
        yield return E("c1", 2, "B");
        yield return E("c1", 4, "C");
        yield return E("c1", 5, "A");
        yield return E("c1", 6, "D");
        yield return E("c1", 7, "A");
        yield return E("c2", 9, "C"); // stored before its earlier events
        yield return E("c2", 0, "A");
        yield return E("c2", 2, "B");
        yield return E("c2", 3600, "A"); // a new visit after an hour
        yield return E("c2", 3601, "A");
        yield return E("c2", 3602, "C");
        yield return E("c3", 5, "B");
        yield return E("one", 8, "A");
        yield return E("c4", 1, "B", mobile: true);
        yield return E("c4", 2, "D");
        yield return E("c4", 3, "B");
        yield return E("c4", 3, "B");
        yield return E("c4", 7200, "E");
        yield return E("c5", 1, "A");
        yield return E("c5", 2, "C");
        yield return E("c6", 1, "A");
        yield return E("c6", 2, "D");
    }

    private static NewEvent E(string customer, int seconds, string activity, bool mobile = false) =>
        new(null, customer, T0 + (seconds * TimeSpan.TicksPerSecond), activity, null, mobile ? """{"device":"mobile"}""" : null);
}
