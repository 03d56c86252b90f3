using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FunnelCustomersTests
{
    private static FunnelOptions Steps(params string[] steps) => new() { Steps = [.. steps.Select(FunnelStep.Of)] };

    private static readonly Lazy<Waymark.Analytics.Events.EventLog> Log = new(() => new TestLog()
        .Customer("c1", "A@0#web", "B@1", "C@3")
        .Customer("c2", "A@0#app", "B@5")
        .Customer("c3", "A@0#web")
        .Customer("c4", "B@0", "A@1#web", "B@2")
        .Customer("c5", "X@0")
        .Build());

    private static string[] Ids(FunnelCustomerPage page) => [.. page.Customers.Select(c => c.Id)];

    [Fact]
    public void FunnelCustomers_ReachedAStep_AreTheCustomersTheFunnelCountsThere()
    {
        var options = Steps("A", "B", "C");
        var funnel = Analyze.Funnel(Log.Value, options);

        for (var step = 0; step < 3; step++)
        {
            var page = Analyze.FunnelCustomers(Log.Value, options, new FunnelCustomerQuery(step, Limit: 100));
            Assert.Equal(funnel.Steps[step].Customers, page.Total);
            Assert.Equal(page.Total, page.Customers.Count);
        }

        Assert.Equal(["c1", "c2", "c4"], Ids(Analyze.FunnelCustomers(Log.Value, options, new FunnelCustomerQuery(1))));
    }

    [Fact]
    public void FunnelCustomers_DroppedAfterAStep_AreItsDropOffToTheNext()
    {
        var options = Steps("A", "B", "C");
        var funnel = Analyze.Funnel(Log.Value, options);

        var dropped = Analyze.FunnelCustomers(Log.Value, options, new FunnelCustomerQuery(1, Dropped: true));

        Assert.Equal(funnel.Steps[2].DropOff, dropped.Total);
        Assert.Equal(["c2", "c4"], Ids(dropped));
        var c2 = dropped.Customers[0];
        Assert.Equal(2, c2.Reached);
        Assert.Equal(TestLog.Origin, c2.Started);
        Assert.Equal(TestLog.Origin.AddMinutes(5), c2.LastStep);
    }

    [Fact]
    public void FunnelCustomers_OfAGroup_MatchTheGroupsFigureAndOtherFoldsTheRest()
    {
        var options = Steps("A", "B") with { Breakdown = new FunnelBreakdown(BreakdownKind.FirstStepChannel, Limit: 1) };
        var funnel = Analyze.Funnel(Log.Value, options);

        var web = Analyze.FunnelCustomers(Log.Value, options, new FunnelCustomerQuery(1, Group: "web"));
        var other = Analyze.FunnelCustomers(Log.Value, options, new FunnelCustomerQuery(0, Group: "other"));
        var unknown = Analyze.FunnelCustomers(Log.Value, options, new FunnelCustomerQuery(0, Group: "app"));

        Assert.Equal(["web", "other"], funnel.Groups.Select(g => g.Name));
        Assert.Equal(funnel.Groups[0].Steps[1].Customers, web.Total);
        Assert.Equal(["c1", "c4"], Ids(web));
        Assert.Equal(["c2"], Ids(other));
        Assert.Equal(0, unknown.Total);
    }

    [Fact]
    public void FunnelCustomers_Page_SkipsAndTakesInLogOrder()
    {
        var page = Analyze.FunnelCustomers(Log.Value, Steps("A", "B"), new FunnelCustomerQuery(0, Offset: 1, Limit: 2));

        Assert.Equal(4, page.Total);
        Assert.Equal(["c2", "c3"], Ids(page));
    }

    [Fact]
    public void FunnelCustomers_StepOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyze.FunnelCustomers(Log.Value, Steps("A", "B"), new FunnelCustomerQuery(2)));
    }
}
