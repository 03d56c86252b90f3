using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class StepTrendTests
{
    private const int Day = 1440;

    [Fact]
    public void StepTrend_ByDay_CountsCustomersOncePerPeriodAndListsEmptyPeriods()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "A@5", "B@10", $"A@{Day}")
            .Customer("c2", $"A@{Day}")
            .Customer("c3", $"A@{4 * Day}")
            .Build();

        var result = Analyze.StepTrend(log, new StepTrendOptions { Step = FunnelStep.Of("A") });

        Assert.Equal([1L, 2, 0, 0, 1], result.Points.Select(p => p.Customers));
        Assert.Equal(new DateOnly(2024, 1, 1), result.Points[0].PeriodStart);
        Assert.Equal(3, result.Customers);
        Assert.Null(result.Converted);
        Assert.Equal([false, false, false, false, true], result.Points.Select(p => p.Incomplete));
    }

    [Fact]
    public void StepTrend_WithNext_ConvertsWhenTheNextStepFollowsTheFirstStepEventOfThePeriod()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@10", $"A@{Day}")
            .Customer("c2", "B@0", $"A@{Day}")
            .Customer("c3", $"A@{Day}", $"B@{3 * Day}")
            .Build();

        var result = Analyze.StepTrend(log, new StepTrendOptions { Step = FunnelStep.Of("A"), Next = FunnelStep.Of("B") });

        // Day 0: c1 converts. Day 1: c1's B came before, c2's B before; only c3 converts (later, on day 3).
        Assert.Equal([1L, 1, 0, 0], result.Points.Select(p => p.Converted ?? -1));
        Assert.Equal([1L, 3, 0, 0], result.Points.Select(p => p.Customers));
        Assert.Equal((3L, 2L), (result.Customers, result.Converted ?? -1));
    }

    [Fact]
    public void StepTrend_BoundedRangeWithoutEvents_ListsZeroPeriods()
    {
        var log = new TestLog().Customer("c1", "A@0").Build();
        var filter = new EventFilter { From = TestLog.Origin.AddDays(-14), To = TestLog.Origin.AddDays(-7) };

        var result = Analyze.StepTrend(log, new StepTrendOptions { Step = FunnelStep.Of("A"), Filter = filter });

        Assert.Equal(7, result.Points.Count);
        Assert.All(result.Points, p => Assert.Equal(0, p.Customers));
        Assert.All(result.Points, p => Assert.False(p.Incomplete));
    }

    [Fact]
    public void StepTrend_MonthsOverRange_CutsOnTheFirst()
    {
        var log = new TestLog().Customer("c1", "A@0", $"A@{40 * Day}").Build();

        var result = Analyze.StepTrend(log, new StepTrendOptions { Step = FunnelStep.Of("A"), Granularity = TrendGranularity.Month });

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], result.Points.Select(p => p.PeriodStart));
        Assert.Equal(1, result.Customers);
    }

    [Fact]
    public void Trends_ByMonth_CountsPerCalendarMonth()
    {
        var log = new TestLog().Customer("c1", "A@0", $"A@{31 * Day}").Build();

        var months = Analyze.Trends(log, new TrendOptions { Granularity = TrendGranularity.Month });

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], months.Select(p => p.PeriodStart));
    }
}
