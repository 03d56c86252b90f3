using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>
/// <see cref="Analyze.Process"/> split over every core (chunks of customers visited by several threads, their tallies,
/// duration blocks and variant tables merged) gives exactly what one thread visiting every chunk in order gives: the
/// same edges, the same nearest-rank medians and p90s, the same variants in the same order.
/// </summary>
public sealed class ProcessThreadsTests
{
    [Theory]
    [InlineData(21, "map")]
    [InlineData(22, "period")]
    [InlineData(23, "none")]
    [InlineData(24, "map-period")]
    public async Task Process_AllCoresAndOneThread_GiveTheSameResult(int seed, string scope)
    {
        // 40,000 customers: some 30 chunks, durations in whole minutes (many ties), activities repeated.
        var log = ProcessTests.RandomLog(new Random(seed), 40_000);
        var filter = scope switch
        {
            "map" => new EventFilter { Events = [EventMatch.Of("start-a"), EventMatch.Of("a2", "a3"), EventMatch.Of("a5"), EventMatch.Of("paid")] },
            "map-period" => new EventFilter { Events = [EventMatch.Of("start-a", "start-b"), EventMatch.Of("a1", "a2", "a4"), EventMatch.Of("lost")], To = TestLog.Origin.AddMinutes(50) },
            "period" => new EventFilter { From = TestLog.Origin.AddMinutes(20) },
            _ => default,
        };
        var options = new ProcessOptions { Filter = filter, ActivityPercent = 90, PathPercent = 80, Top = 8, WithStats = true };

        var parallel = Analyze.Process(log, options);
        var serial = await OnOneThread(() => Analyze.Process(log, options));

        Assert.Equal(serial.Flow.Nodes, parallel.Flow.Nodes);
        Assert.Equal(serial.Flow.Edges, parallel.Flow.Edges);
        Assert.Equal((serial.Flow.Customers, serial.Flow.Events, serial.Flow.AllNodes, serial.Flow.AllEdges),
            (parallel.Flow.Customers, parallel.Flow.Events, parallel.Flow.AllNodes, parallel.Flow.AllEdges));
        Assert.Equal((serial.Variants.Customers, serial.Variants.VariantCount), (parallel.Variants.Customers, parallel.Variants.VariantCount));
        Assert.Equal(serial.Variants.Top.Select(ProcessTests.Describe), parallel.Variants.Top.Select(ProcessTests.Describe));
        Assert.Equal(serial.Stats!.Activities, parallel.Stats!.Activities);
        Assert.True(parallel.Flow.Edges.Max(e => e.Events) > 4096, "an edge long enough to be selected in its blocks");
    }

    /// <summary>Runs <paramref name="work"/> on a scheduler that runs one task at a time: the engine's passes run on
    /// the scheduler they start from, so one thread visits every chunk and nothing is merged.</summary>
    private static Task<T> OnOneThread<T>(Func<T> work)
    {
        var exclusive = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ExclusiveScheduler;
        return Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, exclusive);
    }
}
