using Waymark.Analytics.Engine;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;
using Xunit.Abstractions;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// The pushed-down variants and process map (coverage cut, statistics, a map's bindings as event matches) equal the
/// engine's on the generated log and on BPIC2012, stored once per collection (<see cref="PushdownData"/>).
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseProcessLogTests(ClickHouseFixture clickHouse, PushdownData data, ITestOutputHelper output)
{
    [StoreFact]
    public async Task Process_GeneratedLog_EqualsTheEngine()
    {
        var logs = await data.GeneratedAsync(clickHouse.Server);
        var bound = new EventFilter { Events = [EventMatch.Of("Visited homepage", "Viewed product"), EventMatch.Of("Started signup"), EventMatch.Of("Signup completed")] };

        var all = await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { Top = 50 });
        await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { ActivityPercent = 60, PathPercent = 40, Top = 5 });
        await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { Filter = bound, ActivityPercent = 90, PathPercent = 80, WithStats = true });
        await ProcessAssert.SameVariantsAsync(logs, new VariantOptions { Filter = bound with { Channels = ["search", "web"] }, Top = 20 });

        Assert.True(all.Variants.VariantCount > 100 && all.Variants.Top.Count == 50, $"{all.Variants.VariantCount} variants");
    }

    [StoreFact]
    public async Task Process_Bpic2012_EqualsTheEngine()
    {
        if (await data.BpicAsync(clickHouse.Server) is not { } logs)
        {
            output.WriteLine(SharedData.SkipReason + " (bpic2012.xes.gz)");
            return;
        }

        var process = await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { ActivityPercent = 80, PathPercent = 50, Top = 20, WithStats = true });
        await ProcessAssert.SameProcessAsync(logs, new ProcessOptions { ActivityPercent = 30, PathPercent = 10 });

        Assert.Equal(13087, process.Variants.Customers);
        Assert.Equal(125, process.Flow.AllEdges);
    }
}
