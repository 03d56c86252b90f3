using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Builds the per-activity statistics from the merged counts, most customers first.</summary>
internal static class StatsReport
{
    public static StatsResult Build(EventLog log, StatsVisitor merged) => Build(log, merged.TotalCustomers, merged.TotalEvents, merged.Tally);

    /// <summary>The statistics from a tally that kept first times (the stats pass's, or the process map's flow pass's).</summary>
    public static StatsResult Build(EventLog log, long customers, long events, ActivityTally tally)
    {
        var timeToFirst = tally.TimeToFirst() ?? throw new ArgumentException("The tally did not keep first times.", nameof(tally));
        var rows = new List<ActivityStats>();
        var summaries = Quantiles.SummarizeAll(timeToFirst);
        for (var a = 0; a < tally.Events.Length; a++)
        {
            timeToFirst[a].Release();
            if (tally.Customers[a] > 0)
            {
                var repeat = (double)tally.Repeaters![a] / tally.Customers[a];
                rows.Add(new ActivityStats(log.Activities[a], tally.Customers[a], tally.Events[a], repeat, summaries[a]));
            }
        }

        rows.Sort((x, y) => x.Customers != y.Customers ? y.Customers.CompareTo(x.Customers) : string.CompareOrdinal(x.Activity, y.Activity));
        return new StatsResult(customers, events, rows);
    }
}
