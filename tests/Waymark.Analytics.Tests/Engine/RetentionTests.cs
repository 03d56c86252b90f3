using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class RetentionTests
{
    private const int Day = 1440;

    private static long[] Row(RetentionCohort cohort) => [.. cohort.Cells.Select(c => c.Customers)];

    private static RetentionCellState[] States(RetentionCohort cohort) => [.. cohort.Cells.Select(c => c.State)];

    [Fact]
    public void Retention_ByDayAnyEvent_CountsReturnsPerLaterPeriodOnce()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@1440", "B@1500", $"B@{(2 * Day) + 5}")
            .Customer("c2", "A@60", $"A@{3 * Day}")
            .Customer("c3", $"A@{Day}", $"B@{Day + 1}", $"B@{2 * Day}")
            .Build();

        var result = Analyze.Retention(log, new RetentionOptions { Periods = 3 });

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)], result.Cohorts.Select(c => c.Start));
        Assert.Equal([2L, 1, 1, 1], Row(result.Cohorts[0]));
        Assert.Equal([1L, 1, 0, 0], Row(result.Cohorts[1]));
        Assert.Equal(3, result.Customers);
        Assert.Equal(0.5, result.Cohorts[0].Cells[1].Share);
    }

    [Fact]
    public void Retention_LastPeriodPartlyObserved_IsIncompleteAndLaterCellsNotYet()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@1440", $"B@{(2 * Day) + 5}")
            .Customer("c2", "A@60", $"A@{3 * Day}")
            .Customer("c3", $"A@{Day}", $"B@{2 * Day}")
            .Build();

        var result = Analyze.Retention(log, new RetentionOptions { Periods = 3 });

        // Observation ends just after the last event (day 3, 00:00): day 3 is seen only in part, day 4 not at all.
        Assert.Equal(TestLog.Origin.AddDays(3).AddTicks(1), result.ObservedUntil);
        Assert.Equal([RetentionCellState.Complete, RetentionCellState.Complete, RetentionCellState.Complete, RetentionCellState.Incomplete], States(result.Cohorts[0]));
        Assert.Equal([RetentionCellState.Complete, RetentionCellState.Complete, RetentionCellState.Incomplete, RetentionCellState.NotYet], States(result.Cohorts[1]));
        Assert.False(result.Cohorts[0].Incomplete);
    }

    [Fact]
    public void Retention_WeightedAverage_UsesOnlyCompleteCellsWeightedBySize()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@1440", $"B@{(2 * Day) + 5}")
            .Customer("c2", "A@60", $"A@{3 * Day}")
            .Customer("c3", $"A@{Day}", $"B@{2 * Day}")
            .Build();

        var average = Analyze.Retention(log, new RetentionOptions { Periods = 3 }).Average;

        Assert.Equal([1.0, 2.0 / 3, 0.5, null], average.Select(a => a.Share));
        Assert.Equal((2L, 3L), (average[1].Customers, average[1].CohortCustomers));
        Assert.Equal((0L, 0L), (average[3].Customers, average[3].CohortCustomers));
    }

    [Fact]
    public void Retention_StartAndReturnSteps_CohortByFirstStartAndCountOnlyReturnStepAfterIt()
    {
        var log = new TestLog()
            .Customer("c1", "Use@0", $"Signup@{Day}", $"Signup@{2 * Day}", $"Use@{3 * Day}")
            .Customer("c2", $"Use@{Day}")
            .Customer("c3", $"Signup@{Day}", $"Use@{Day + 10}", $"Other@{2 * Day}")
            .Build();

        var result = Analyze.Retention(log, new RetentionOptions
        {
            Start = FunnelStep.Of("Signup"),
            Return = FunnelStep.Of("Use"),
            Periods = 2,
        });

        // c2 never signed up; c1's second signup is no return and c1's Use before signing up is not counted;
        // c3's Use on its signup day is period 0, which is the cohort itself.
        var cohort = Assert.Single(result.Cohorts);
        Assert.Equal(new DateOnly(2024, 1, 2), cohort.Start);
        Assert.Equal([2L, 0, 1], Row(cohort));
    }

    [Fact]
    public void Retention_StepWithAlternatives_MatchesLikeTheFunnel()
    {
        var start = new FunnelStep("Joined", ["Signup"]) { AnyOf = [FunnelStep.Of("Invited")] };
        var log = new TestLog().Customer("c1", "Invited@0", $"X@{Day}").Customer("c2", "Signup@0").Build();

        var cohort = Assert.Single(Analyze.Retention(log, new RetentionOptions { Start = start, Periods = 1 }).Cohorts);

        Assert.Equal([2L, 1], Row(cohort));
    }

    [Fact]
    public void Retention_WeeksAndMonths_CutAtUtcMondayAndFirstOfMonth()
    {
        var sunday = (int)(new DateTimeOffset(2024, 1, 7, 23, 59, 0, TimeSpan.Zero) - TestLog.Origin).TotalMinutes;
        var endOfJanuary = (int)(new DateTimeOffset(2024, 1, 31, 23, 59, 0, TimeSpan.Zero) - TestLog.Origin).TotalMinutes;
        var log = new TestLog()
            .Customer("w", $"A@{sunday}", $"A@{sunday + 1}")
            .Customer("m", $"A@{endOfJanuary}", $"A@{endOfJanuary + 1}")
            .Build();

        var weeks = Analyze.Retention(log, new RetentionOptions { Granularity = TrendGranularity.Week, Periods = 1 });
        var months = Analyze.Retention(log, new RetentionOptions { Granularity = TrendGranularity.Month, Periods = 1 });

        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 29)], weeks.Cohorts.Select(c => c.Start));
        Assert.Equal([1L, 1], Row(weeks.Cohorts[0]));
        Assert.Equal(new DateOnly(2024, 1, 1), Assert.Single(months.Cohorts).Start);
        Assert.Equal([2L, 1], Row(months.Cohorts[0]));
        Assert.Equal(new DateOnly(2024, 2, 1), months.Cohorts[0].Cells[1].PeriodStart);
    }

    [Fact]
    public void Retention_RangeStartingMidWeek_MarksTheFirstCohortIncomplete()
    {
        var log = new TestLog().Customer("c1", $"A@{2 * Day}", $"A@{8 * Day}").Customer("c2", $"A@{9 * Day}", $"A@{20 * Day}").Build();
        var filter = new EventFilter { From = TestLog.Origin.AddDays(2), To = TestLog.Origin.AddDays(28) };

        var result = Analyze.Retention(log, new RetentionOptions { Filter = filter, Granularity = TrendGranularity.Week, Periods = 3 });

        Assert.True(result.Cohorts[0].Incomplete);
        Assert.False(result.Cohorts[1].Incomplete);
        Assert.Equal([1L, 1, 0, 0], Row(result.Cohorts[0]));
        Assert.Equal([1L, 1, 0, 0], Row(result.Cohorts[1]));
    }

    [Fact]
    public void Retention_LogWithoutTimestamps_HasNoCohorts()
    {
        var builder = new EventLogBuilder { HasTimestamps = false };
        builder.Add("c1", 0, "A", "");
        builder.Add("c1", 1, "B", "");

        var result = Analyze.Retention(builder.Build());

        Assert.Empty(result.Cohorts);
        Assert.Null(result.ObservedUntil);
    }

    [Fact]
    public void Retention_NobodyStarts_IsEmptyNotAnError()
    {
        var log = new TestLog().Customer("c1", "A@0").Build();

        var result = Analyze.Retention(log, new RetentionOptions { Start = FunnelStep.Of("Missing") });

        Assert.Equal((0L, 0), (result.Customers, result.Cohorts.Count));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void Retention_PeriodsOutOfRange_Throws(int periods)
    {
        var log = new TestLog().Customer("c1", "A@0").Build();

        Assert.Throws<ArgumentException>(() => Analyze.Retention(log, new RetentionOptions { Periods = periods }));
    }

    [Fact]
    public void Retention_ManyCustomersAcrossThreads_EqualsACountByHand()
    {
        var b = new TestLog();
        for (var c = 0; c < 5000; c++)
        {
            // Customer c comes back on each of the next c % 4 days.
            b.Customer($"c{c}", [.. Enumerable.Range(0, (c % 4) + 1).Select(k => $"A@{k * Day}")]);
        }

        var cohort = Assert.Single(Analyze.Retention(b.Build(), new RetentionOptions { Periods = 3 }).Cohorts);

        Assert.Equal([5000L, 3750, 2500, 1250], Row(cohort));
    }
}
