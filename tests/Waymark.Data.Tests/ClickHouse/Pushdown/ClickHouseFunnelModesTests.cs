using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Funnels with exclusions, breakdowns, periods and step conditions, and the customers behind their bars, pushed down
/// (docs/adr/076) equal the engine's in every mode: exclusions between and at the window's boundary, at one instant
/// (input order decides), in the gap after the step they name only, a later attempt after a cut one; groups of an
/// attribute (last write, an empty value, no value, a group of excluded customers only, the limit and "other") and of
/// the first step's channel; day, week and month periods across a month's end; pages in the log's order.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseFunnelModesTests(ClickHouseFixture clickHouse)
{
    private static readonly long T0 = new DateTime(2026, 10, 31, 23, 0, 0, DateTimeKind.Utc).Ticks; // a Saturday, an hour before November
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly FunnelExclusion[] XThenY = [new(["X"], 0), new(["Y"], 1)];

    [StoreFact]
    public async Task FunnelAsync_ExclusionsBreakdownsPeriods_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events(), Attributes());
        var abc = PushdownAssert.Funnel(null, ["A"], ["B"], ["C"]);
        FunnelOptions[] funnels =
        [
            abc with { Exclusions = XThenY },
            abc with { Exclusions = XThenY, Window = Hour },
            abc with { Exclusions = XThenY, Window = Hour, Mode = FunnelMode.Strict },
            abc with { Exclusions = [new(["X"], 0)], Window = Hour, Mode = FunnelMode.AnyOrder },
            abc with { Exclusions = [new(["Y"], 1)], Mode = FunnelMode.AnyOrder },
            abc with { Exclusions = [new(["B", "Y"], 1)] }, // a step's own activity excluded in the next gap
        ];
        FunnelBreakdown[] breakdowns =
        [
            default, new(BreakdownKind.Attribute, "plan"), new(BreakdownKind.Attribute, "plan", 2), new(BreakdownKind.FirstStepChannel, Limit: 2),
            new(BreakdownKind.Attribute, "no such key"),
        ];
        TrendGranularity?[] periods = [null, TrendGranularity.Day, TrendGranularity.Week, TrendGranularity.Month];

        var results = new List<FunnelResult>();
        for (var f = 0; f < funnels.Length; f++)
        {
            for (var b = 0; b < breakdowns.Length; b++)
            {
                results.Add(await PushdownAssert.SameFunnelAsync(logs, funnels[f] with { Breakdown = breakdowns[b], Over = periods[(f + b) % periods.Length] }));
            }
        }

        var (ordered, windowed) = (results[0], results[breakdowns.Length]);
        Assert.Equal(4, ordered.Excluded); // o1, o4, o5 (no window), o6 (X at A's and B's instant, between them in input order)
        Assert.Equal(3, windowed.Excluded); // o5's X is a second past the window
        Assert.Equal([8L, 7, 6], ordered.Steps.Select(s => s.Customers)); // o3's later attempt counts; o8 and o9 miss B and C
        var plan = results[1];
        Assert.Contains(plan.Groups, g => g.Name == "gold" && g.Steps[0].Customers == 0 && g.Excluded == 1);
        Assert.Contains(plan.Groups, g => g.Name == "" && g.Excluded == 1); // o5's empty value is a value, not "(none)"
        Assert.Equal(FunnelBreakdown.OtherGroup, results[2].Groups[^1].Name);
        Assert.Equal(2, results[(4 * breakdowns.Length) + 3].Periods.Count); // by month: October and November
    }

    [StoreFact]
    public async Task FunnelCustomersAsync_Bars_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events(), Attributes());
        var funnel = PushdownAssert.Funnel(null, ["A"], ["B"], ["C"]) with { Exclusions = XThenY, Breakdown = new(BreakdownKind.Attribute, "plan", 2) };
        FunnelCustomerQuery[] bars =
        [
            new(0), new(1, Dropped: true), new(2), new(0, Group: "pro"), new(0, Group: FunnelBreakdown.OtherGroup),
            new(1, Group: FunnelBreakdown.NoneGroup), new(0, Group: "gold"), new(0, Offset: 2, Limit: 3), new(0, Limit: 0),
        ];

        var first = await PushdownAssert.SameFunnelCustomersAsync(logs, funnel, bars[0]);
        foreach (var bar in bars.Skip(1))
        {
            await PushdownAssert.SameFunnelCustomersAsync(logs, funnel, bar);
        }

        var byChannel = funnel with { Mode = FunnelMode.AnyOrder, Window = Hour, Breakdown = new(BreakdownKind.FirstStepChannel) };
        await PushdownAssert.SameFunnelCustomersAsync(logs, byChannel, new(0, Group: "web"));
        await PushdownAssert.SameFunnelCustomersAsync(logs, byChannel with { Mode = FunnelMode.Strict }, new(1, Dropped: true, Group: FunnelBreakdown.NoneGroup));

        Assert.Equal(8, first.Total);
        Assert.Equal("z0", first.Customers[0].Id); // stored first, though its events come last in time
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => logs.Pushdown.FunnelCustomersAsync(funnel, new(3)));
        await Assert.ThrowsAsync<ArgumentException>(() => logs.Pushdown.FunnelAsync(funnel with { Exclusions = [new(["X"], 2)] }));
    }

    /// <summary>Steps bound with property conditions and alternatives, on the overlay's properties (escapes, spaces, repeats).</summary>
    [StoreFact]
    public async Task FunnelAsync_StepConditions_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, OverlayCases.Events(), OverlayCases.Attributes());
        var pro = new FunnelStep("pro", ["B"]) { Conditions = [new("plan", "pro")] };
        var freeOrD = new FunnelStep("D or free", ["D"]) { AnyOf = [new FunnelStep("free", ["B"]) { Conditions = [new("plan", "free")] }] };
        var city = new FunnelStep("city", ["A", "B"]) { Conditions = [new("città", "Zürich 😀"), new("plan", "")] };
        var funnel = new FunnelOptions { Steps = [FunnelStep.Of("A"), pro, FunnelStep.Of("C"), freeOrD] };

        foreach (var mode in (FunnelMode[])[FunnelMode.Ordered, FunnelMode.Strict, FunnelMode.AnyOrder])
        {
            await PushdownAssert.SameFunnelAsync(logs, funnel with { Mode = mode });
        }

        await PushdownAssert.SameFunnelAsync(logs, new FunnelOptions { Steps = [city, FunnelStep.Of("C")], Breakdown = new(BreakdownKind.Attribute, "tier") });
        var conditioned = await PushdownAssert.SameFunnelAsync(logs, new FunnelOptions { Steps = [FunnelStep.Of("A"), pro] });
        var plain = await logs.Pushdown.FunnelAsync(PushdownAssert.Funnel(null, ["A"], ["B"]));
        Assert.True(conditioned.Steps[1].Customers < plain.Steps[1].Customers);
    }

    private static IEnumerable<NewEvent> Events()
    {
        foreach (var (s, a) in new[] { (200_000, "A"), (200_100, "B"), (200_200, "C") })
        {
            yield return E("z0", s, a); // stored first, last in time
        }

        yield return E("o1", 0, "A", "web");
        foreach (var (c, events) in Journeys())
        {
            foreach (var (s, a) in events)
            {
                yield return E(c, s, a, s == 0 && c != "o9" ? "app" : s == 100 ? "ads" : null);
            }
        }
    }

    private static IEnumerable<(string, (int, string)[])> Journeys()
    {
        yield return ("o1", [(10, "X"), (20, "B"), (30, "C")]); // cut between A and B
        yield return ("o2", [(0, "A"), (10, "B"), (20, "X"), (30, "C")]); // X is excluded before B only
        yield return ("o3", [(0, "A"), (10, "B"), (20, "Y"), (30, "C"), (100, "A"), (110, "B"), (120, "C")]);
        yield return ("o4", [(0, "A"), (3_600, "X")]); // at the window's inclusive end
        yield return ("o5", [(0, "A"), (3_601, "X")]); // past it
        yield return ("o6", [(50, "A"), (50, "X"), (50, "B"), (60, "C")]);
        yield return ("o7", [(50, "A"), (50, "B"), (50, "X"), (60, "C")]);
        yield return ("o8", [(0, "B"), (5, "X"), (10, "A"), (20, "C")]); // any order: X inside the attempt from B
        yield return ("o9", [(0, "C"), (5, "A"), (10, "B"), (10, "X")]); // any order: X after the last step, at its instant
        yield return ("o10", [(7_200, "A"), (7_300, "B"), (90_000, "C")]); // November, C a day later
        yield return ("o11", [(30, "X")]);
        yield return ("o12", [(40, "A"), (45, "B"), (46, "B"), (50, "C")]); // B again while waiting for C
    }

    private static CustomerAttribute[] Attributes() =>
    [
        new("o1", "plan", "gold"), new("o2", "plan", "pro"), new("o3", "plan", "pro"), new("o4", "plan", "free"), new("o5", "plan", ""),
        new("o6", "plan", "free"), new("o6", "plan", "pro"), new("o7", "region", "eu"), new("o10", "plan", "basic"), new("z0", "plan", "pro"),
        new("o12", "plan", "basic"),
    ];

    private static NewEvent E(string customer, int seconds, string activity, string? channel = null) =>
        new(null, customer, T0 + (seconds * TimeSpan.TicksPerSecond), activity, channel, null);
}
