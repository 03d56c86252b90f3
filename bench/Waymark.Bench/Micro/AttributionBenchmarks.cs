using BenchmarkDotNet.Attributes;
using Waymark.Analytics.Attribution;
using Waymark.Analytics.Overlay;

namespace Waymark.Bench.Micro;

/// <summary>Attribution's pass and models (all seven) over 100k generated customers, by channel and by touchpoint.</summary>
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private static readonly OverlayStage[] Stages =
    [
        new("discover", [new OverlayStep("ad", "Saw ad"), new OverlayStep("home", "Visited homepage"), new OverlayStep("product", "Viewed product")]),
        new("signup", [new OverlayStep("start", "Started signup"), new OverlayStep("done", "Signup completed")]),
    ];

    [GlobalSetup]
    public void Setup() => _ = MicroData.Log;

    [Benchmark]
    public long ByChannel() => AttributionEngine.Compute(MicroData.Log, new AttributionOptions { Stages = Stages }).Conversions;

    [Benchmark]
    public long ByTouchpoint() => AttributionEngine.Compute(MicroData.Log, new AttributionOptions { Stages = Stages, By = AttributionDimension.Touchpoint }).Conversions;
}
