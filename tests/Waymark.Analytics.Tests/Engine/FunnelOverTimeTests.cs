using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FunnelOverTimeTests
{
    private const int Day = 24 * 60;

    private static FunnelOptions Steps(params string[] steps) => new() { Steps = [.. steps.Select(FunnelStep.Of)] };

    [Fact]
    public void Funnel_OverDays_CountsEachCustomerInThePeriodItsBestAttemptStarted()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@10")
            .Customer("c2", "A@0", $"A@{2 * Day}", $"B@{(2 * Day) + 1}")
            .Customer("c3", $"A@{2 * Day}")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B") with { Over = TrendGranularity.Day });

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 3)], result.Periods.Select(p => p.Start));
        Assert.Equal([1L, 1], result.Periods[0].Reached);
        Assert.Equal([2L, 1], result.Periods[1].Reached);
        Assert.Equal(result.Steps.Select(s => s.Customers), result.Periods.Aggregate(new long[2], (sum, p) => [sum[0] + p.Reached[0], sum[1] + p.Reached[1]]));
    }

    [Fact]
    public void Funnel_OverWeeksAndMonths_StartOnMondayAndOnTheFirst()
    {
        var log = new TestLog()
            .Customer("c1", $"A@{(6 * Day) + 5}", "B@99999")
            .Customer("c2", $"A@{(7 * Day) + 5}")
            .Customer("c3", $"A@{(31 * Day) + 5}")
            .Build();

        var weeks = Analyze.Funnel(log, Steps("A", "B") with { Over = TrendGranularity.Week }).Periods;
        var months = Analyze.Funnel(log, Steps("A", "B") with { Over = TrendGranularity.Month }).Periods;

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 8), new DateOnly(2024, 2, 1)], weeks.Select(p => p.Start).Take(2).Append(months[1].Start));
        Assert.Equal([2L, 1], months[0].Reached);
        Assert.Equal([1L, 0], months[1].Reached);
    }

    [Fact]
    public void Funnel_WithoutOver_HasNoPeriods()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@1").Build();

        Assert.Empty(Analyze.Funnel(log, Steps("A", "B")).Periods);
    }

    [Fact]
    public void Funnel_TimeToConvertSummary_IsTheDiscreteMedianAndP90OfTheHistogramsTimes()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@1").Customer("c2", "A@0", "B@2").Customer("c3", "A@0", "B@3")
            .Customer("c4", "A@0", "B@40").Customer("c5", "A@0")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B"));

        Assert.Equal(4, result.TimeToConvertSummary.Count);
        Assert.Equal(TimeSpan.FromMinutes(2), result.TimeToConvertSummary.Median);
        Assert.Equal(TimeSpan.FromMinutes(40), result.TimeToConvertSummary.P90);
        Assert.Equal(result.TimeToConvertSummary.Count, result.TimeToConvert.Sum(b => b.Customers));
    }

    [Fact]
    public void Trends_ByMonth_StartOnTheFirstOfTheMonth()
    {
        var log = new TestLog().Customer("c1", "A@0", $"A@{40 * Day}").Build();

        var months = Analyze.Trends(log, new TrendOptions { Granularity = TrendGranularity.Month });

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], months.Select(p => p.PeriodStart));
    }
}
