using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Builds the per-activity statistics from the merged accumulator, most customers first.</summary>
internal static class StatsReport
{
    public static StatsResult Build(EventLog log, StatsVisitor merged)
    {
        var rows = new List<ActivityStats>();
        var timeToFirst = Quantiles.SummarizeAll(merged.TimeToFirst);
        for (var a = 0; a < merged.Events.Length; a++)
        {
            merged.TimeToFirst[a].Release();
            if (merged.Customers[a] > 0)
            {
                var repeat = (double)merged.Repeaters[a] / merged.Customers[a];
                rows.Add(new ActivityStats(log.Activities[a], merged.Customers[a], merged.Events[a], repeat, timeToFirst[a]));
            }
        }

        rows.Sort((x, y) => x.Customers != y.Customers ? y.Customers.CompareTo(x.Customers) : string.CompareOrdinal(x.Activity, y.Activity));
        return new StatsResult(merged.TotalCustomers, merged.TotalEvents, rows);
    }
}
