using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FilterTests
{
    private static readonly EventLog Log = new TestLog()
        .Customer("c1", "A@0", "B@10")
        .Customer("c2", "A@0", "C@20")
        .Customer("c3", "B@30")
        .Attribute("c1", "plan", "pro").Attribute("c2", "plan", "basic").Attribute("c3", "plan", "pro")
        .Build();

    private static long Customers(EventFilter filter) => Analyze.Stats(Log, new StatsOptions { Filter = filter }).Customers;

    [Fact]
    public void Filter_TimeRange_KeepsEventsInHalfOpenRange()
    {
        var filter = new EventFilter { From = TestLog.Origin.AddMinutes(10), To = TestLog.Origin.AddMinutes(30) };

        var stats = Analyze.Stats(Log, new StatsOptions { Filter = filter });

        Assert.Equal((2L, 2L), (stats.Customers, stats.Events));
    }

    [Fact]
    public void Filter_DidAndDidNot_SelectCustomers()
    {
        Assert.Equal(1, Customers(new EventFilter { Did = ["A", "B"] }));
        Assert.Equal(2, Customers(new EventFilter { DidNot = ["C"] }));
        Assert.Equal(0, Customers(new EventFilter { Did = ["Unknown"] }));
    }

    [Fact]
    public void Filter_AttributeIn_SelectsCustomers()
    {
        Assert.Equal(2, Customers(new EventFilter { AttributeKey = "plan", AttributeValues = ["pro"] }));
        Assert.Equal(3, Customers(new EventFilter { AttributeKey = "plan", AttributeValues = ["pro", "basic"] }));
    }

    [Fact]
    public void Filter_PropertyEquals_KeepsMatchingEvents()
    {
        var builder = new EventLogBuilder();
        builder.AddProperty("device", "ios");
        builder.Add("c1", 1, "A", "");
        builder.AddProperty("device", "web");
        builder.Add("c1", 2, "B", "");
        builder.Add("c2", 3, "A", "");
        var log = builder.Build();

        var stats = Analyze.Stats(log, new StatsOptions { Filter = new EventFilter { PropertyKey = "device", PropertyValue = "ios" } });

        Assert.Equal((1L, 1L), (stats.Customers, stats.Events));
    }

    [Fact]
    public void Filter_AttributeConditions_AllMustHold()
    {
        var log = new TestLog()
            .Customer("c1", "A@0").Customer("c2", "A@0").Customer("c3", "A@0")
            .Attribute("c1", "plan", "pro").Attribute("c1", "region", "eu")
            .Attribute("c2", "plan", "pro").Attribute("c2", "region", "us")
            .Attribute("c3", "plan", "basic").Attribute("c3", "region", "eu")
            .Build();

        long Count(params AttributeCondition[] conditions) =>
            Analyze.Stats(log, new StatsOptions { Filter = new EventFilter { Attributes = conditions } }).Customers;

        Assert.Equal(1, Count(new("plan", ["pro"]), new("region", ["eu"])));
        Assert.Equal(2, Count(new("plan", ["pro", "basic"]), new("region", ["eu", "asia"])));
        Assert.Equal(0, Count(new AttributeCondition("tier", ["gold"])));
        Assert.Equal(0, Count(new AttributeCondition("plan", ["gold"])));
    }

    [Fact]
    public void Filter_Channels_JudgedOnTheFirstEventBeforeEventConditions()
    {
        var log = new TestLog()
            .Customer("c1", "A@0#ads", "B@10#email")
            .Customer("c2", "A@0#email", "B@10#ads")
            .Customer("c3", "A@0", "B@10#ads")
            .Build();

        long Count(EventFilter filter) => Analyze.Stats(log, new StatsOptions { Filter = filter }).Customers;

        Assert.Equal(1, Count(new EventFilter { Channels = ["ads"] }));
        Assert.Equal(2, Count(new EventFilter { Channels = ["ads", "email"] }));
        Assert.Equal(1, Count(new EventFilter { Channels = ["ads"], From = TestLog.Origin.AddMinutes(5) }));
        Assert.Equal(0, Count(new EventFilter { Channels = ["", "fax"] }));
        Assert.Equal(3, Count(new EventFilter()));
    }
}
