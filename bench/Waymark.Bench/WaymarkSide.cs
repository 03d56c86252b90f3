using System.Diagnostics;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;

namespace Waymark.Bench;

/// <summary>Runs each analysis on the in-memory log (best of N runs) and reduces its result to a <see cref="Comparable"/>.</summary>
public sealed class WaymarkSide(EventLog log, Dataset dataset, int repeat)
{
    // DuckDB's t is microseconds (or the position for sequence-only data); Waymark keeps 100 ns ticks.
    private double Units(TimeSpan value) => log.HasTimestamps ? value.Ticks / 10.0 : value.Ticks;

    public Dictionary<string, (double Ms, Comparable Result)> RunAll() => new()
    {
        ["funnel"] = Time(Funnel),
        ["flow"] = Time(Flow),
        ["variants"] = Time(Variants),
        ["paths"] = Time(Paths),
        ["stats"] = Time(Stats),
    };

    private (double Ms, Comparable Result) Time(Func<Comparable> run)
    {
        var best = double.MaxValue;
        Comparable? result = null;
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            result = run();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return (best, result!);
    }

    private Comparable Funnel()
    {
        var options = new FunnelOptions { Steps = [.. dataset.FunnelSteps.Select(FunnelStep.Of)], Window = dataset.FunnelWindow };
        var result = Analyze.Funnel(log, options);
        var comparable = new Comparable();
        for (var i = 0; i < result.Steps.Count; i++)
        {
            comparable.Add("step" + (i + 1), result.Steps[i].Customers);
        }

        return comparable;
    }

    private Comparable Flow()
    {
        var graph = Analyze.Flow(log);
        var comparable = new Comparable();
        foreach (var e in graph.Edges)
        {
            var d = e.Duration;
            comparable.AddWithMean(e.From + " -> " + e.To, Units(d.Mean), e.Events, e.Customers, Units(d.Median), Units(d.P90), Units(d.Min), Units(d.Max));
        }

        return comparable;
    }

    private Comparable Variants()
    {
        var result = Analyze.Variants(log, new VariantOptions { Top = Dataset.VariantsTop });
        var comparable = new Comparable();
        comparable.Add("variant count", result.VariantCount);
        for (var i = 0; i < result.Top.Count; i++)
        {
            var v = result.Top[i];
            comparable.Add($"#{i + 1:D2} {string.Join('\u0001', v.Activities)}", v.Customers, Units(v.MedianDuration));
        }

        return comparable;
    }

    private Comparable Paths()
    {
        var options = new PathOptions { From = dataset.PathsFrom, Depth = dataset.PathsDepth, Width = log.Activities.Count };
        var result = Analyze.Paths(log, options);
        var comparable = new Comparable();
        foreach (var n in result.Nodes)
        {
            comparable.Add($"{n.Step}|{n.Activity}", n.Journeys);
        }

        return comparable;
    }

    private Comparable Stats()
    {
        var result = Analyze.Stats(log);
        var comparable = new Comparable();
        foreach (var a in result.Activities)
        {
            comparable.Add(a.Activity, a.Customers, a.Events, a.RepeatRate, Units(a.TimeToFirst.Median));
        }

        return comparable;
    }
}
