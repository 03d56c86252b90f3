namespace Waymark.Analytics.Generation;

/// <summary>
/// The named configurations of <see cref="JourneyGenerator"/> that Waymark itself uses. Their output is pinned: the
/// demo workspace, README figures and benchmark results are written from them, so change a preset only on purpose.
/// </summary>
public static class GeneratorPresets
{
    /// <summary>Customers in the demo workspace's trial data (about 5 events each).</summary>
    public const int DemoCustomers = 4_000;

    /// <summary><c>waymark generate</c>'s defaults.</summary>
    public const int SampleCustomers = 10_000;

    public const int SampleSeed = 1;

    /// <summary>The bench's "generated" dataset: a million subscription customers.</summary>
    public static GeneratorOptions Bench => Sample(1_000_000, 7);

    /// <summary>The micro-benchmarks' log: 100,000 subscription customers.</summary>
    public static GeneratorOptions Micro => Sample(100_000, 3);

    /// <summary>
    /// The demo workspace (<see cref="JourneyGenerator.GenerateTrial"/>): trial customers whose journeys start in the
    /// 90 days before <paramref name="until"/>; nothing happens at or after it.
    /// </summary>
    public static GeneratorOptions Demo(DateTime until) =>
        new() { Customers = DemoCustomers, Seed = 20_261_127, Start = until.AddDays(-90), Days = 90 };

    /// <summary>Subscription journeys (<see cref="JourneyGenerator.Generate"/>): <c>waymark generate</c> and the benches.</summary>
    public static GeneratorOptions Sample(int customers = SampleCustomers, int seed = SampleSeed) =>
        new() { Customers = customers, Seed = seed };

    /// <summary>The limits bench's workspace: subscription customers and their feedback.</summary>
    public static GeneratorOptions Limits(int customers) => Sample(customers, 11);
}
