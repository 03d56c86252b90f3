using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Events and options where the calendar rules of step trends and retention bite: one tick either side of midnight
/// UTC, of a Monday and of the 1st (after a 31-day August), a week across New Year, ties in time (input order decides),
/// events stored out of time order, repeats, property conditions and alternatives, periods that start mid-day, an
/// empty range, and customer conditions (did, did not, attributes rewritten, acquisition channel).
/// </summary>
internal static class TrendCases
{
    /// <summary>Monday 2026-08-31 00:00 UTC, the last day of a 31-day month.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 8, 31, 0, 0, 0, TimeSpan.Zero);

    private static readonly FunnelStep A = FunnelStep.Of("A");
    private static readonly FunnelStep B = FunnelStep.Of("B");
    private static readonly TrendGranularity[] Granularities = [TrendGranularity.Day, TrendGranularity.Week, TrendGranularity.Month];

    /// <summary>A when plan is pro, or any Z: a property condition and an alternative.</summary>
    private static readonly FunnelStep ProOrZ = new("A pro or Z", ["A"]) { Conditions = [new PropertyCondition("plan", "pro")], AnyOf = [FunnelStep.Of("Z")] };

    public static CustomerAttribute[] Attributes() =>
        [new("c1", "tier", "gold"), new("c4", "tier", "gold"), new("c6", "tier", "gold"), new("c6", "tier", "tin")];

    public static IEnumerable<StepTrendOptions> Trends()
    {
        foreach (var by in Granularities)
        {
            var plain = new StepTrendOptions { Step = A, Granularity = by };
            yield return plain;
            yield return plain with { Next = B };
            yield return plain with { Step = ProOrZ, Next = B };
            yield return plain with { Next = FunnelStep.Of("never") };
            foreach (var filter in Filters())
            {
                yield return plain with { Next = B, Filter = filter };
            }
        }
    }

    public static IEnumerable<RetentionOptions> Retentions()
    {
        foreach (var by in Granularities)
        {
            var plain = new RetentionOptions { Granularity = by };
            yield return plain;
            yield return plain with { Start = A, Return = B, Periods = 3 };
            yield return plain with { Start = A, Return = A, Periods = RetentionOptions.MaxPeriods };
            yield return plain with { Start = ProOrZ, Periods = 1 };
            yield return plain with { Return = B };
            foreach (var filter in Filters())
            {
                yield return plain with { Start = A, Filter = filter };
            }
        }
    }

    public static IEnumerable<NewEvent> Events()
    {
        // c1: A a tick before Monday midnight (Sunday, still August), B at midnight; A again on the 1st.
        yield return E("c1", At(0) - 1, "A", channel: "web");
        yield return E("c1", At(0), "B");
        yield return E("c1", At(1), "A");
        // c2: B before A; on the 1st A then B at one instant (input order: A first, so it converts).
        yield return E("c2", At(0) - 1, "B", channel: "app");
        yield return E("c2", At(0), "A");
        yield return E("c2", At(1), "A");
        yield return E("c2", At(1), "B");
        // c3: B then A at one instant: B is before A in input order, so A does not convert.
        yield return E("c3", At(2), "B");
        yield return E("c3", At(2), "A");
        // c4: stored out of time order: A on day 10, B on day 2, A on day 1.
        yield return E("c4", At(10), "A");
        yield return E("c4", At(2), "B");
        yield return E("c4", At(1), "A");
        // c5: A with plan pro and free, B after; repeats in one week.
        yield return E("c5", At(3), "A", """{"plan":"pro"}""");
        yield return E("c5", At(4), "A", """{"plan":"free"}""");
        yield return E("c5", At(5), "B");
        yield return E("c5", At(6), "A", """{"plan":"pro"}""");
        // c6: a tick either side of October's 1st (after a 30-day September), B a week later.
        yield return E("c6", At(31) - 1, "A", channel: "web");
        yield return E("c6", At(31), "A");
        yield return E("c6", At(38), "B");
        // c7: New Year inside one ISO week (Thursday to Friday), B the next Monday; Z then months later.
        yield return E("c7", new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero).UtcTicks + 9_999_999, "A");
        yield return E("c7", new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, "A");
        yield return E("c7", new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero).UtcTicks, "B");
        yield return E("c7", new DateTimeOffset(2027, 2, 15, 12, 0, 0, TimeSpan.Zero).UtcTicks, "Z");
        // c8: no step at all (only observed), the scope's first event.
        yield return E("c8", At(-3), "Q");
        // c9: returns over weeks and months.
        yield return E("c9", At(7), "A");
        yield return E("c9", At(14), "B");
        yield return E("c9", At(21), "A");
        yield return E("c9", At(60), "B");
        yield return E("c9", At(95), "A");
    }

    private static IEnumerable<EventFilter> Filters()
    {
        yield return new EventFilter { From = Monday, To = Monday.AddDays(31) };
        yield return new EventFilter { From = Monday.AddHours(12), To = Monday.AddDays(45).AddHours(6) }; // ends mid-period
        yield return new EventFilter { From = Monday.AddDays(-2) };
        yield return new EventFilter { From = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero) }; // no event
        yield return new EventFilter { Did = ["B"], DidNot = ["Z"] };
        yield return new EventFilter { Attributes = [new("tier", ["gold"])] }; // c6's was rewritten to tin
        yield return new EventFilter { Channels = ["web"] };
        yield return new EventFilter { Did = ["no such activity"] }; // an empty segment
    }

    private static long At(int days) => Monday.AddDays(days).UtcTicks;

    private static NewEvent E(string customer, long ticks, string activity, string? properties = null, string? channel = null) =>
        new(null, customer, ticks, activity, channel, properties);
}
