using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Cli.Commands;

/// <summary>Flattens each analysis result into a <see cref="Tabular"/>.</summary>
public static class ResultTables
{
    public static Tabular Funnel(FunnelResult result, bool human)
    {
        var rows = new List<IReadOnlyList<string>>();
        AddFunnelRows(rows, "all", result.Steps, human);
        foreach (var group in result.Groups)
        {
            AddFunnelRows(rows, group.Name, group.Steps, human);
        }

        var footer = string.Create(CultureInfo.InvariantCulture, $"excluded: {result.Excluded}; time to convert: ")
            + string.Join(", ", result.TimeToConvert.Where(b => b.Customers > 0).Select(b => $"{b.Label}: {Cells.Count(b.Customers, human)}"));
        return new Tabular("Funnel", ["group", "step", "customers", "of first", "of previous", "drop-off", "median", "p90", "mean"], rows, footer);
    }

    private static void AddFunnelRows(List<IReadOnlyList<string>> rows, string group, IReadOnlyList<FunnelStepResult> steps, bool human)
    {
        foreach (var s in steps)
        {
            var gap = s.TimeFromPrevious;
            rows.Add([group, s.Name, Cells.Count(s.Customers, human), Cells.Percent(s.ConversionFromFirst, human),
                Cells.Percent(s.ConversionFromPrevious, human), Cells.Count(s.DropOff, human),
                gap.Count == 0 ? "" : Cells.Duration(gap.Median, human), gap.Count == 0 ? "" : Cells.Duration(gap.P90, human),
                gap.Count == 0 ? "" : Cells.Duration(gap.Mean, human)]);
        }
    }

    public static Tabular Flow(FlowGraph graph, bool human)
    {
        var rows = graph.Edges.Select(e => (IReadOnlyList<string>)[e.From, e.To, Cells.Count(e.Events, human), Cells.Count(e.Customers, human),
            Cells.Duration(e.Duration.Mean, human), Cells.Duration(e.Duration.Median, human), Cells.Duration(e.Duration.P90, human),
            Cells.Duration(e.Duration.Min, human), Cells.Duration(e.Duration.Max, human)]).ToList();
        var starts = string.Join(", ", graph.StartActivities.Take(5).Select(n => $"{n.Activity} ({Cells.Count(n.Starts, human)})"));
        var ends = string.Join(", ", graph.EndActivities.Take(5).Select(n => $"{n.Activity} ({Cells.Count(n.Ends, human)})"));
        return new Tabular(string.Create(CultureInfo.InvariantCulture, $"Flow: {graph.Nodes.Count} activities, {graph.Edges.Count} edges"),
            ["from", "to", "events", "customers", "mean", "median", "p90", "min", "max"], rows, $"starts: {starts}; ends: {ends}");
    }

    public static Tabular Variants(VariantResult result, bool human)
    {
        var rows = result.Top.Select((v, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), string.Join(" > ", v.Activities),
            Cells.Count(v.Customers, human), Cells.Percent(v.Share, human), Cells.Percent(v.CumulativeShare, human), Cells.Duration(v.MedianDuration, human)]).ToList();
        return new Tabular(string.Create(CultureInfo.InvariantCulture, $"Variants: {result.VariantCount} among {result.Customers} customers"),
            ["rank", "variant", "customers", "share", "cumulative", "median duration"], rows);
    }

    public static Tabular Paths(PathResult result, bool human)
    {
        var rows = result.Nodes.Select(n => (IReadOnlyList<string>)[n.Step.ToString(CultureInfo.InvariantCulture), n.Activity,
            Cells.Count(n.Journeys, human), Cells.Percent(n.ShareOfStart, human), Cells.Count(n.DropOff, human)]).ToList();
        var direction = result.Towards ? "towards" : "from";
        return new Tabular(string.Create(CultureInfo.InvariantCulture, $"Paths {direction} {result.Anchor ?? "the first event"}: {result.Journeys} journeys"),
            ["step", "activity", "journeys", "of start", "drop-off"], rows);
    }

    public static Tabular Stats(StatsResult result, bool human)
    {
        var rows = result.Activities.Select(a => (IReadOnlyList<string>)[a.Activity, Cells.Count(a.Customers, human), Cells.Count(a.Events, human),
            Cells.Percent(a.RepeatRate, human), Cells.Duration(a.TimeToFirst.Median, human), Cells.Duration(a.TimeToFirst.Mean, human)]).ToList();
        return new Tabular(string.Create(CultureInfo.InvariantCulture, $"Activities: {result.Customers} customers, {result.Events} events"),
            ["activity", "customers", "events", "repeat rate", "median to first", "mean to first"], rows);
    }

    public static Tabular Trends(IReadOnlyList<TrendPoint> points, bool human) => new("Trends",
        ["period", "events", "customers"],
        [.. points.Select(p => (IReadOnlyList<string>)[p.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Cells.Count(p.Events, human), Cells.Count(p.Customers, human)])]);
}
