using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class PathDefaultsTests
{
    [Fact]
    public void Paths_NoAnchor_StartAtEachJourneysFirstEvent()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1").Customer("c2", "B@0").Build();

        var result = Analyze.Paths(log, new PathOptions { Depth = 2 });

        Assert.Equal(2, result.Journeys);
        Assert.Equal(2, result.Nodes.Where(n => n.Step == 0).Sum(n => n.Journeys));
        Assert.Equal(1, result.Nodes.Single(n => n.Step == 1).Journeys);
    }

    [Fact]
    public void Paths_UnknownAnchor_IsEmpty()
    {
        var log = new TestLog().Customer("c1", "A@0").Build();

        Assert.Equal(0, Analyze.Paths(log, new PathOptions { From = "Nope" }).Journeys);
    }
}
