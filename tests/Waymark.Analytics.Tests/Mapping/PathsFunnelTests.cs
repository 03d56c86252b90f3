using Waymark.Analytics.Mapping;
using Waymark.Analytics.Tests.Support;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Mapping;

public sealed class PathsFunnelTests
{
    [Fact]
    public void Paths_LeavesAfterAStep_SplitIntoItsLostAndTheOthers()
    {
        // The demo showed "1,112 leave after Checks pricing" beside "1,087 lost" with nothing tying them: leaving is
        // where a path ends, lost is where the funnel stops. c1 is lost at pricing and ends there; c2 is lost there
        // but goes on to the team step; c3 got to the account and came back to pricing; c4 never saw the landing page.
        var map = Steps(Bound("land", "Landing"), Bound("price", "Pricing"), Bound("account", "Signup"), Bound("team", "Invite"));
        var log = new TestLog()
            .Customer("c1", "Landing@0", "Pricing@1")
            .Customer("c2", "Landing@0", "Pricing@1", "Invite@2")
            .Customer("c3", "Landing@0", "Pricing@1", "Signup@2", "Pricing@3")
            .Customer("c4", "Pricing@0")
            .Build();

        var paths = MapEvidence.Paths(log, map);

        Assert.Equal(4, paths.Customers);
        Assert.Equal(3, paths.Entered);
        var price = paths.Funnel.Single(f => f.StepId == "price");
        Assert.Equal(new FunnelStepPaths("price", Reached: 3, Lost: 2, EndedHere: 3, LostAndEndedHere: 1), price);
        Assert.Equal(price.EndedHere, paths.Transitions.Single(t => t.FromStepId == "price" && t.ToStepId is null).Customers);
        Assert.Null(paths.Funnel[^1].Lost);
    }
}
