using BenchmarkDotNet.Attributes;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;

namespace Waymark.Bench.Micro;

/// <summary>The overlay's single pass (step funnel, stage funnel, visitors and trends) over 100k generated customers.</summary>
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
[MemoryDiagnoser]
public class OverlayBenchmarks
{
    private static readonly OverlayOptions Map = new()
    {
        Stages =
        [
            new OverlayStage("discover", [new OverlayStep("ad", "Saw ad"), new OverlayStep("home", "Visited homepage"), new OverlayStep("product", "Viewed product")]),
            new OverlayStage("signup", [new OverlayStep("start", "Started signup"), new OverlayStep("pay", "Entered payment details"), new OverlayStep("done", "Signup completed")]),
            new OverlayStage("going", [new OverlayStep("onboard", "Completed onboarding"), new OverlayStep("key", "Used key feature")]),
            new OverlayStage("stay", [new OverlayStep("renew", "Renewed subscription")]),
        ],
    };

    [GlobalSetup]
    public void Setup() => _ = MicroData.Log;

    [Benchmark]
    public long OverlayAll() => OverlayEngine.Compute(MicroData.Log, Map).Outcome.Customers;

    [Benchmark]
    public long OverlaySegment() => OverlayEngine.Compute(MicroData.Log, Map with
    {
        Filter = new EventFilter { Did = ["Viewed product"], DidNot = ["Cancelled subscription"] },
    }).Outcome.Customers;

    [Benchmark]
    public long OverlayCompare()
    {
        var a = OverlayEngine.Compute(MicroData.Log, Map with { Filter = new EventFilter { Did = ["Started chat"] } });
        var b = OverlayEngine.Compute(MicroData.Log, Map with { Filter = new EventFilter { DidNot = ["Started chat"] } });
        return OverlayEngine.Compare(a, b).Count(c => c.Significant);
    }
}
