using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Tests.Support;
using Waymark.Core.Maps;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Mapping;

/// <summary>The actual paths' size: memory follows the moves made (not the map's size squared), the list is capped.</summary>
[Collection(AllocationCollection.Name)]
public sealed class PathsLimitTests
{
    private static readonly JourneyMap Map = Steps(Bound("s1", "Visit"), Bound("s2", "Signup"), Bound("s3", "Pay"), Bound("s4", "Renew"));

    private static EventLog Log() => new TestLog()
        .Customer("c1", "Visit@0", "Visit@1", "Browse@2", "Signup@3", "Pay@4")
        .Customer("c2", "Visit@0", "Signup@1", "Visit@2", "Signup@3")
        .Customer("c3", "Browse@0", "Help@1", "Chat@2")
        .Customer("c4", "Signup@0")
        .Build();

    [Fact]
    public void Paths_Limit_ListsTheStrongestAndSaysTruncated()
    {
        var all = MapEvidence.Paths(Log(), Map);

        var cut = MapEvidence.Paths(Log(), Map, new PathsOptions { Limit = 3 });

        Assert.False(all.Truncated);
        Assert.Equal(7, all.TransitionCount);
        Assert.True(cut.Truncated);
        Assert.Equal(7, cut.TransitionCount);
        Assert.Equal(all.Transitions.Take(3), cut.Transitions);
        Assert.Equal(all.HiddenActivities.Take(3), cut.HiddenActivities);
        Assert.Equal(all.Customers, cut.Customers);
    }

    [Fact]
    public void Paths_TwoThousandStepMap_AllocatesForTheMovesMadeNotTheSquareOfTheSteps()
    {
        var activities = new[] { "Visit", "Signup", "Pay", "Renew" };
        var map = Steps([.. Enumerable.Range(0, 2000).Select(i => Bound("s" + i, activities[i % activities.Length]))]);
        var log = Log();
        MapEvidence.Paths(log, Map); // compiles the code paths first

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var paths = MapEvidence.Paths(log, map);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        // A dense (steps + 1)^2 matrix of counts took 80 MB per worker thread on this map.
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated");
        Assert.Equal(3, paths.Customers);
        Assert.False(paths.Truncated);
    }
}
