using BenchmarkDotNet.Attributes;
using Waymark.Analytics.Engine;

namespace Waymark.Bench.Micro;

/// <summary>Each analysis's pass over an in-memory log of 100k generated customers.</summary>
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private static readonly FunnelOptions Funnel = new()
    {
        Steps = [FunnelStep.Of("Visited homepage"), FunnelStep.Of("Viewed product"), FunnelStep.Of("Started signup"), FunnelStep.Of("Signup completed")],
        Window = TimeSpan.FromDays(30),
    };

    [GlobalSetup]
    public void Setup() => _ = MicroData.Log;

    [Benchmark]
    public long FunnelOrdered() => Analyze.Funnel(MicroData.Log, Funnel).Steps[^1].Customers;

    [Benchmark]
    public long FunnelAnyOrder() => Analyze.Funnel(MicroData.Log, Funnel with { Mode = FunnelMode.AnyOrder }).Steps[^1].Customers;

    [Benchmark]
    public int Flow() => Analyze.Flow(MicroData.Log).Edges.Count;

    [Benchmark]
    public int Variants() => Analyze.Variants(MicroData.Log).VariantCount;

    [Benchmark]
    public long Paths() => Analyze.Paths(MicroData.Log, new PathOptions { From = "Viewed product", SessionGap = TimeSpan.FromMinutes(30) }).Journeys;

    [Benchmark]
    public long Stats() => Analyze.Stats(MicroData.Log).Events;

    [Benchmark]
    public int Trends() => Analyze.Trends(MicroData.Log, new TrendOptions { Granularity = TrendGranularity.Week }).Count;
}
