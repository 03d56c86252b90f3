using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Tests.Support;
using Waymark.Core.Maps;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Mapping;

public sealed class TimelineTests
{
    private static readonly DateTimeOffset T0 = TestLog.Origin;

    /// <summary>c1 pays on the pro plan, c2 on basic, c3 without a plan; "Viewed" is not bound.</summary>
    private static EventLog Log()
    {
        var builder = new EventLogBuilder();
        builder.AddProperty("plan", "pro");
        builder.Add("c1", T0.AddMinutes(5).UtcTicks, "Paid", "web");
        builder.Add("c1", T0.AddMinutes(9).UtcTicks, "Paid", "");
        builder.Add("c1", T0.UtcTicks, "Viewed", "app");
        builder.AddProperty("plan", "basic");
        builder.Add("c2", T0.UtcTicks, "Paid", "web");
        builder.SetAttribute("c1", "region", "europe");
        return builder.Build();
    }

    private static JourneyMap Map()
    {
        var map = Steps(Bound("any-payment", "Paid"), Bound("pro-payment", "Paid"), Bound("basic-payment", "Paid"));
        Step(map, "pro-payment").Binding!.Filter.Add(new PropertyFilter { Property = "plan", Value = "pro" });
        Step(map, "basic-payment").Binding!.Filter.Add(new PropertyFilter { Property = "plan", Value = "basic" });
        return map;
    }

    [Fact]
    public void Timeline_KnownCustomer_EventsInTimeOrderOnEveryMatchingStep()
    {
        var timeline = MapEvidence.Timeline(Log(), "c1", Map())!;

        Assert.Equal("c1", timeline.CustomerId);
        Assert.Equal(3, timeline.TotalEvents);
        Assert.Equal(["Viewed", "Paid", "Paid"], timeline.Events.Select(e => e.Activity));
        Assert.Equal([T0, T0.AddMinutes(5), T0.AddMinutes(9)], timeline.Events.Select(e => e.At!.Value));
        Assert.Equal(["app", "web", null], timeline.Events.Select(e => e.Channel));
        Assert.Empty(timeline.Events[0].StepIds);
        Assert.Equal(["any-payment", "pro-payment"], timeline.Events[1].StepIds);
        Assert.Equal("pro", timeline.Events[1].Properties["plan"]);
        Assert.Equal(["any-payment"], timeline.Events[2].StepIds);
        Assert.Equal("europe", timeline.Attributes["region"]);
    }

    [Fact]
    public void Timeline_FilterOnOtherValue_PlacesOnThatStepOnly()
    {
        var timeline = MapEvidence.Timeline(Log(), "c2", Map())!;

        Assert.Equal(["any-payment", "basic-payment"], timeline.Events.Single().StepIds);
        Assert.Empty(timeline.Attributes);
    }

    [Fact]
    public void Timeline_NoMap_PlacesNothing()
    {
        var timeline = MapEvidence.Timeline(Log(), "c1", null)!;

        Assert.All(timeline.Events, e => Assert.Empty(e.StepIds));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("")]
    [InlineData("C1")]
    public void Timeline_UnknownCustomer_IsNull(string id) => Assert.Null(MapEvidence.Timeline(Log(), id, Map()));

    [Fact]
    public void FindCustomers_Prefix_IgnoresCaseInOrdinalOrder()
    {
        var log = new TestLog()
            .Customer("alice", "A@0").Customer("Albert", "A@0").Customer("bob", "A@0").Customer("al-3", "A@0", "B@1")
            .Build();

        Assert.Equal(["Albert", "al-3", "alice"], MapEvidence.FindCustomers(log, "al", 20).Select(c => c.Id));
        Assert.Equal(["Albert", "al-3"], MapEvidence.FindCustomers(log, "AL", 2).Select(c => c.Id));
        Assert.Empty(MapEvidence.FindCustomers(log, "zed", 20));
    }

    [Fact]
    public void FindCustomers_EmptyQuery_MostActiveFirstWithFirstAndLastSeen()
    {
        var log = new TestLog().Customer("a", "X@0").Customer("b", "X@3", "Y@10", "Z@20").Customer("c", "X@1", "Y@2").Build();

        var found = MapEvidence.FindCustomers(log, "", 2);

        Assert.Equal([new CustomerMatch("b", 3, T0.AddMinutes(3), T0.AddMinutes(20)), new CustomerMatch("c", 2, T0.AddMinutes(1), T0.AddMinutes(2))], found);
    }
}
