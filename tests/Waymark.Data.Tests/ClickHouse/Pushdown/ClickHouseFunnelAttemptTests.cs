using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// The attempt rules of the funnel SQL (docs/adr/069): the next step looked up after each attempt's position and then
/// held to that attempt's window, an any-order step looked up from the attempt's own start, the best attempt found
/// without sorting (equal reach and span: the earliest), and Strict reading every event while the other modes read only
/// the steps' events. Each equals the engine's, and the figures that tell the rules apart are asserted too.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseFunnelAttemptTests(ClickHouseFixture clickHouse)
{
    private static readonly long T0 = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [StoreFact]
    public async Task FunnelAsync_AttemptRules_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, Events());

        var ordered = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["A"], ["B"], ["C"]));
        var windowed = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"]));
        var strict = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["A"], ["B"]) with { Mode = FunnelMode.Strict });
        var anyOrder = await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(Window, ["A"], ["B"], ["C"]) with { Mode = FunnelMode.AnyOrder });
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["C"], ["A"], ["B"]) with { Mode = FunnelMode.AnyOrder });

        // d1's two attempts reach C in 30 s each: the earliest (A -> B 10 s) is the best, not the later (20 s).
        Assert.Equal(TimeSpan.FromSeconds(10), ordered.Steps[1].TimeFromPrevious.Min);
        Assert.Equal(4, ordered.Steps[2].Customers); // all but d4, whose only B comes before its A
        // d2: the first A's B is past its window, the second A's is within its own (200 s).
        Assert.Equal(4, windowed.Steps[1].Customers);
        Assert.Equal(TimeSpan.FromSeconds(200), windowed.Steps[1].TimeFromPrevious.Max);
        // d3: X between A and B stops the strict attempt.
        Assert.Equal(ordered.Steps[1].Customers - 1, strict.Steps[1].Customers);
        Assert.Equal(5, anyOrder.Steps[2].Customers); // d4's attempt from B counts B at its own start
    }

    private static IEnumerable<NewEvent> Events()
    {
        foreach (var (s, a) in new[] { (0, "A"), (10, "B"), (30, "C"), (100, "A"), (120, "B"), (130, "C") })
        {
            yield return E("d1", s, a);
        }

        foreach (var (s, a) in new[] { (0, "A"), (3_500, "A"), (3_700, "B"), (3_800, "C") })
        {
            yield return E("d2", s, a);
        }

        foreach (var (s, a) in new[] { (0, "A"), (5, "X"), (10, "B"), (20, "C") })
        {
            yield return E("d3", s, a);
        }

        // d4: B and A at one instant, B first in input order, then C: the attempt from B finds A at its own start.
        foreach (var (s, a) in new[] { (0, "B"), (0, "A"), (10, "C") })
        {
            yield return E("d4", s, a);
        }

        // d5: thirty attempts; each looks its next step up rather than scanning.
        for (var s = 0; s < 30; s++)
        {
            yield return E("d5", s, "A");
        }

        yield return E("d5", 40, "B");
        yield return E("d5", 50, "C");
    }

    private static NewEvent E(string customer, int seconds, string activity) =>
        new(null, customer, T0 + (seconds * TimeSpan.TicksPerSecond), activity, null, null);
}
