using Waymark.Analytics.WhatIf;

namespace Waymark.Analytics.Tests.WhatIf;

public sealed class WhatIfConversionTests
{
    [Fact]
    public void Compute_StepAPlusTenPoints_ProductOfConversionsWithTheNewOne()
    {
        // entries x p_a' x p_b = 10 x 0.7 x 0.5 = 3.5; measured 3.
        var result = WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion("a", 10));

        Assert.Equal((10L, 3L), (result.Entries, result.Outcome));
        Assert.Equal(3.5, result.Projected, 12);
        Assert.Equal(0.5, result.Change, 12);
        Assert.Equal(new WhatIfStep("a", "b", 10, 0.6, 30 * 60, 4), result.Step);
    }

    [Fact]
    public void Compute_StepBeforeTheOutcome_NoTail()
    {
        // R_b x p_b' = 6 x 0.7 = 4.2.
        var result = WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion("b", 20));

        Assert.Equal(4.2, result.Projected, 12);
        Assert.Equal(1.2, result.Change, 12);
        Assert.Equal(new WhatIfStep("b", "c", 6, 0.5, 60 * 60, 3), result.Step);
    }

    [Fact]
    public void Compute_PointsPastOneHundredPercent_CappedAtOne()
    {
        // p_a 0.6 + 0.5 is capped at 1: 10 x 1 x 0.5 = 5.
        var result = WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion("a", 50));

        Assert.Equal(5, result.Projected, 12);
        Assert.Contains("The step's conversion 60% becomes 100% (capped at 100%).", result.Notes);
    }

    [Fact]
    public void Compute_NegativePoints_FlooredAtZero()
    {
        var result = WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion("b", -80));

        Assert.Equal(0, result.Projected, 12);
        Assert.Equal(-3, result.Change, 12);
    }

    [Fact]
    public void Compute_ZeroPoints_MeasuredWithZeroWidthChange()
    {
        var result = WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion("a", 0));

        Assert.Equal(3, result.Projected);
        Assert.Equal((0.0, 0.0, 0.0), (result.Change, result.ChangeLow, result.ChangeHigh));
        Assert.InRange(3, result.ProjectedLow, result.ProjectedHigh);
    }

    [Fact]
    public void Compute_Resamples_SameSeedSameIntervalAndItHoldsTheEstimate()
    {
        var log = WhatIfJourneys.TenEntrants().Build();

        var first = WhatIfEngine.Compute(log, WhatIfJourneys.Conversion("a", 10));
        var again = WhatIfEngine.Compute(log, WhatIfJourneys.Conversion("a", 10));
        var other = WhatIfEngine.Compute(log, WhatIfJourneys.Conversion("a", 10) with { Seed = 7 });

        Assert.Equal(500, first.Resamples);
        Assert.Equal((first.ChangeLow, first.ChangeHigh, first.ProjectedLow, first.ProjectedHigh),
            (again.ChangeLow, again.ChangeHigh, again.ProjectedLow, again.ProjectedHigh));
        Assert.NotEqual((first.ProjectedLow, first.ProjectedHigh), (other.ProjectedLow, other.ProjectedHigh));
        Assert.InRange(first.Change, first.ChangeLow, first.ChangeHigh);
        Assert.InRange(first.Projected, first.ProjectedLow, first.ProjectedHigh);
        Assert.True(first.ChangeHigh > first.ChangeLow);
        Assert.Contains(first.Notes, n => n.Contains("500 resamples", StringComparison.Ordinal) && n.Contains("sampling noise only", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_EmptyPeriod_NothingToProject()
    {
        var filter = new Waymark.Analytics.Engine.EventFilter { From = WhatIfJourneys.At(10_000) };

        var result = WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion("a", 10, filter));

        Assert.Equal((0L, 0L, 0.0, 0.0, 0, 0L), (result.Entries, result.Outcome, result.Projected, result.Change, result.Resamples, result.Step.Reached));
        Assert.Null(result.Step.Conversion);
        Assert.Contains("No customer entered the map's funnel in this period: there is nothing to project.", result.Notes);
    }

    [Fact]
    public void Compute_StepNobodyReaches_NoChangeAndSaysWhy()
    {
        var log = new Support.TestLog().Add(5, "x", "A@0").Build();

        var result = WhatIfEngine.Compute(log, WhatIfJourneys.Conversion("b", 30));

        Assert.Equal((5L, 0L, 0L, 0.0), (result.Entries, result.Outcome, result.Step.Reached, result.Change));
        Assert.Null(result.Step.Conversion);
        Assert.Null(result.Step.MedianWaitSeconds);
        Assert.Contains("Nobody reached step 'b' in this period: there is nothing to project.", result.Notes);
    }

    [Theory]
    [InlineData("nope", "the map has no step with this id")]
    [InlineData("note", "step 'note' is not in the map's funnel (the bound steps from the entry to the outcome)")]
    [InlineData("c", "step 'c' is the map's outcome: it has no next step to convert to or wait for")]
    public void Problem_StepThatCannotBeAsked_NamesStepId(string step, string message)
    {
        var problem = WhatIfEngine.Problem(WhatIfJourneys.Conversion(step, 10));

        Assert.Equal(("stepId", message), problem);
        Assert.Throws<ArgumentException>(() => WhatIfEngine.Compute(WhatIfJourneys.TenEntrants().Build(), WhatIfJourneys.Conversion(step, 10)));
    }

    [Fact]
    public void Problem_StepBeforeTheEntry_NotInTheFunnel()
    {
        var options = WhatIfJourneys.Conversion("a", 10) with { EntryStepId = "b" };

        Assert.Equal("stepId", WhatIfEngine.Problem(options)?.Field);
    }
}
