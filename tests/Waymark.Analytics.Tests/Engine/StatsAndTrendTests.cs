using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class StatsAndTrendTests
{
    [Fact]
    public void Stats_SmallLog_CountsCustomersEventsRepeatsAndTimeToFirst()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@10", "B@20").Customer("c2", "B@0").Build();

        var b = Analyze.Stats(log).Activities.Single(a => a.Activity == "B");

        Assert.Equal((2L, 3L), (b.Customers, b.Events));
        Assert.Equal(0.5, b.RepeatRate, 9);
        Assert.Equal(TimeSpan.Zero, b.TimeToFirst.Median);
        Assert.Equal(TimeSpan.FromMinutes(5), b.TimeToFirst.Mean);
    }

    [Fact]
    public void Trends_ByDayAndWeek_CountEventsAndActiveCustomers()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "A@10", "B@1500")
            .Customer("c2", "A@1500")
            .Build();

        var days = Analyze.Trends(log);
        var weeks = Analyze.Trends(log, new TrendOptions { Granularity = TrendGranularity.Week });

        Assert.Equal([(new DateOnly(2024, 1, 1), 2L, 1L), (new DateOnly(2024, 1, 2), 2L, 2L)], days.Select(p => (p.PeriodStart, p.Events, p.Customers)));
        Assert.Equal((new DateOnly(2024, 1, 1), 4L, 2L), (weeks.Single().PeriodStart, weeks.Single().Events, weeks.Single().Customers));
    }

    [Fact]
    public void Trends_OneActivity_CountsOnlyIt()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1").Build();

        Assert.Equal(1, Analyze.Trends(log, new TrendOptions { Activity = "B" }).Single().Events);
    }
}
