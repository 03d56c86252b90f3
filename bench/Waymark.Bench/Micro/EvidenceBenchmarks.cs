using BenchmarkDotNet.Attributes;
using Waymark.Analytics.Drafting;
using Waymark.Analytics.Mapping;
using Waymark.Core.Maps;

namespace Waymark.Bench.Micro;

/// <summary>Actual paths over a bound map, customer look-up and a map draft, over 100k generated customers.</summary>
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
[MemoryDiagnoser]
public class EvidenceBenchmarks
{
    private static readonly JourneyMap Map = Bound(
        "Saw ad", "Visited homepage", "Viewed product", "Started signup", "Entered payment details", "Signup completed",
        "Completed onboarding", "Used key feature", "Renewed subscription");

    [GlobalSetup]
    public void Setup() => _ = MicroData.Log;

    [Benchmark]
    public long ActualPaths() => MapEvidence.Paths(MicroData.Log, Map).Customers;

    [Benchmark]
    public int CustomerPrefix() => MapEvidence.FindCustomers(MicroData.Log, "c", 20).Count;

    [Benchmark]
    public int MostActiveCustomers() => MapEvidence.FindCustomers(MicroData.Log, "", 20).Count;

    [Benchmark]
    public int Draft() => MapDrafter.Draft(MicroData.Log)!.StepCount();

    private static JourneyMap Bound(params string[] activities)
    {
        var stage = new Stage { Id = "stg", Name = "All" };
        stage.Steps.AddRange(activities.Select((a, i) => new Step { Id = $"stp-{i}", Name = a, Binding = new StepBinding { Activities = [a] } }));
        return new JourneyMap { Id = "map-bench", Name = "Bench", Stages = [stage] };
    }
}
