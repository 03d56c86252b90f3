using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FunnelTests
{
    private static FunnelOptions Steps(params string[] steps) => new() { Steps = [.. steps.Select(FunnelStep.Of)] };

    private static long[] Counts(FunnelResult result) => [.. result.Steps.Select(s => s.Customers)];

    [Fact]
    public void Funnel_Ordered_AllowsEventsBetweenSteps()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2", "C@3")
            .Customer("c2", "A@0", "C@1")
            .Customer("c3", "B@0", "A@1", "B@2")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B", "C"));

        Assert.Equal([3L, 2, 1], Counts(result));
        Assert.Equal([0L, 1, 1], result.Steps.Select(s => s.DropOff));
        Assert.Equal(2.0 / 3, result.Steps[1].ConversionFromFirst, 9);
        Assert.Equal(0.5, result.Steps[2].ConversionFromPrevious, 9);
    }

    [Fact]
    public void Funnel_Ordered_TimeFromPreviousIsDiscreteMedianP90AndMean()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@2")
            .Customer("c2", "A@0", "B@1")
            .Build();

        var gap = Analyze.Funnel(log, Steps("A", "B")).Steps[1].TimeFromPrevious;

        Assert.Equal(TimeSpan.FromMinutes(1), gap.Median);
        Assert.Equal(TimeSpan.FromMinutes(2), gap.P90);
        Assert.Equal(TimeSpan.FromMinutes(1.5), gap.Mean);
        Assert.Equal(TimeSpan.FromMinutes(2), gap.Max);
    }

    [Fact]
    public void Funnel_Strict_RequiresConsecutiveSteps()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2")
            .Customer("c2", "A@0", "B@1", "C@2")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B", "C") with { Mode = FunnelMode.Strict });

        Assert.Equal([2L, 1, 1], Counts(result));
    }

    [Fact]
    public void Funnel_AnyOrder_CountsAStepOnceAllEarlierStepsAreDone()
    {
        var log = new TestLog()
            .Customer("c1", "B@0", "A@5", "C@10")
            .Customer("c2", "C@0", "A@1")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B", "C") with { Mode = FunnelMode.AnyOrder });

        Assert.Equal([2L, 1, 1], Counts(result));
        Assert.Equal(TimeSpan.Zero, result.Steps[1].TimeFromPrevious.Median);
        Assert.Equal(TimeSpan.FromMinutes(5), result.Steps[2].TimeFromPrevious.Median);
    }

    [Theory]
    [InlineData(60, 1)]
    [InlineData(61, 0)]
    public void Funnel_Window_IsInclusiveAndMeasuredFromTheFirstStep(int minutes, long reachedSecond)
    {
        var log = new TestLog().Customer("c1", "A@0", "B@" + minutes).Build();

        var result = Analyze.Funnel(log, Steps("A", "B") with { Window = TimeSpan.FromMinutes(60) });

        Assert.Equal(reachedSecond, result.Steps[1].Customers);
    }

    [Fact]
    public void Funnel_TiedTimestamps_KeepInputOrder()
    {
        var log = new TestLog()
            .Customer("c1", "B@0", "A@0")
            .Customer("c2", "A@0", "B@0")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B"));

        Assert.Equal([2L, 1], Counts(result));
    }

    [Fact]
    public void Funnel_SeveralAttempts_BestIsFurthestThenShortest()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@100", "A@200", "B@210")
            .Customer("c2", "A@0", "B@50", "A@60", "B@65")
            .Build();

        var result = Analyze.Funnel(log, Steps("A", "B") with { Window = TimeSpan.FromMinutes(60) });

        Assert.Equal([2L, 2], Counts(result));
        Assert.Equal(TimeSpan.FromMinutes(5), result.Steps[1].TimeFromPrevious.Min);
        Assert.Equal(TimeSpan.FromMinutes(10), result.Steps[1].TimeFromPrevious.Max);
    }

    [Fact]
    public void Funnel_ExclusionBetweenSteps_RemovesCustomerAndCountsIt()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2")
            .Customer("c2", "A@0", "B@1", "X@2")
            .Customer("c3", "X@0", "A@1", "B@2")
            .Build();
        var options = Steps("A", "B") with { Exclusions = [new FunnelExclusion(["X"], 0)] };

        var result = Analyze.Funnel(log, options);

        Assert.Equal(1, result.Excluded);
        Assert.Equal([2L, 2], Counts(result));
    }

    [Fact]
    public void Funnel_StrictExclusion_CutsOnlyWhenItIsTheNextEvent()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2")
            .Customer("c2", "A@0", "Y@1", "B@2")
            .Build();
        var options = Steps("A", "B") with { Mode = FunnelMode.Strict, Exclusions = [new FunnelExclusion(["X"], 0)] };

        var result = Analyze.Funnel(log, options);

        Assert.Equal(1, result.Excluded);
        Assert.Equal([1L, 0], Counts(result));
    }

    [Fact]
    public void Funnel_AnyOrderExclusion_CutsWhenBeforeTheLastStepReached()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "X@1", "B@2")
            .Customer("c2", "B@0", "A@1", "X@2")
            .Build();
        var options = Steps("A", "B") with { Mode = FunnelMode.AnyOrder, Exclusions = [new FunnelExclusion(["X"], 0)] };

        var result = Analyze.Funnel(log, options);

        Assert.Equal(1, result.Excluded);
        Assert.Equal([1L, 1], Counts(result));
    }

    [Fact]
    public void Funnel_StepWithSeveralActivities_AnyOneCompletesIt()
    {
        var log = new TestLog().Customer("c1", "A@0", "B2@1").Customer("c2", "A@0", "B1@1").Build();
        var options = new FunnelOptions { Steps = [FunnelStep.Of("A"), new FunnelStep("B", ["B1", "B2"])] };

        Assert.Equal([2L, 2], Counts(Analyze.Funnel(log, options)));
    }

    [Fact]
    public void Funnel_BreakdownByAttributeWithLimit_FoldsTheRestIntoOther()
    {
        var log = new TestLog()
            .Customer("c1", "A@0", "B@1").Customer("c2", "A@0", "B@1").Customer("c3", "A@0").Customer("c4", "A@0", "B@1")
            .Attribute("c1", "plan", "pro").Attribute("c2", "plan", "pro").Attribute("c3", "plan", "basic")
            .Build();
        var options = Steps("A", "B") with { Breakdown = new FunnelBreakdown(BreakdownKind.Attribute, "plan", 1) };

        var result = Analyze.Funnel(log, options);

        Assert.Equal(["pro", "other"], result.Groups.Select(g => g.Name));
        Assert.Equal([2L, 2], result.Groups[0].Steps.Select(s => s.Customers));
        Assert.Equal([2L, 1], result.Groups[1].Steps.Select(s => s.Customers));
        Assert.Equal([4L, 3], Counts(result));
    }

    [Fact]
    public void Funnel_BreakdownByFirstStepChannel_UsesTheChannelOfTheFirstStepEvent()
    {
        var log = new TestLog()
            .Customer("c1", "A@0#web", "B@1#app")
            .Customer("c2", "A@0#app", "B@1#app")
            .Customer("c3", "A@0#web")
            .Build();
        var options = Steps("A", "B") with { Breakdown = new FunnelBreakdown(BreakdownKind.FirstStepChannel) };

        var groups = Analyze.Funnel(log, options).Groups;

        Assert.Equal(["web", "app"], groups.Select(g => g.Name));
        Assert.Equal([2L, 1], groups[0].Steps.Select(s => s.Customers));
    }

    [Fact]
    public void Funnel_CompletedCustomers_LandInTimeToConvertHistogram()
    {
        var log = new TestLog().Customer("c1", "A@0", "B@10", "C@30").Customer("c2", "A@0").Build();

        var histogram = Analyze.Funnel(log, Steps("A", "B", "C")).TimeToConvert;

        Assert.Equal(1, histogram.Single(b => b.Label == "<= 1 h").Customers);
        Assert.Equal(1, histogram.Sum(b => b.Customers));
    }

    [Fact]
    public void Funnel_OneStep_IsRejected()
    {
        var log = new TestLog().Customer("c1", "A@0").Build();

        Assert.Throws<ArgumentException>(() => Analyze.Funnel(log, Steps("A")));
    }
}
