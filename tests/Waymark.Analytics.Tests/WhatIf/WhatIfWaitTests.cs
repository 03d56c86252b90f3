using Waymark.Analytics.Engine;
using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.WhatIf;

namespace Waymark.Analytics.Tests.WhatIf;

public sealed class WhatIfWaitTests
{
    // The period ends at minute 100 ("late" has an event after it, so the data run past the period's end).
    private static readonly EventFilter Period = new() { To = WhatIfJourneys.At(100) };

    /// <summary>
    /// At step a: went on after 10, 20 and 40 minutes (one of them reaches c); still waiting at minute 100 after 15
    /// (reached a at 85) and 30 (at 70).
    /// </summary>
    private static TestLog Journeys() => new TestLog()
        .Customer("y1", "A@0", "B@10", "C@50")
        .Customer("y2", "A@0", "B@20")
        .Customer("y3", "A@0", "B@40")
        .Customer("w1", "A@85")
        .Customer("w2", "A@70")
        .Customer("late", "Z@200");

    [Fact]
    public void Compute_WaitTenMinutesShorter_KaplanMeierChancesCarriedDownTheFunnel()
    {
        // Kaplan-Meier (events 10, 20, 40; censored 15, 30): S(10) = 4/5, S(20) = 4/5 x 2/3 = 8/15, S(40) = 0.
        // Waiting 15: 1 - S(25) / S(15) = 1 - (8/15) / (4/5) = 1/3. Waiting 30: 1 - S(40) / S(30) = 1.
        // 4/3 more reach b, and b converts 1 in 3 to c: change 4/9 on a measured outcome of 1.
        var result = WhatIfEngine.Compute(Journeys().Build(), WhatIfJourneys.Wait("a", TimeSpan.FromMinutes(10), Period));

        Assert.Equal((5L, 1L), (result.Entries, result.Outcome));
        Assert.Equal(4.0 / 9, result.Change, 12);
        Assert.Equal(1 + (4.0 / 9), result.Projected, 12);
        Assert.Equal(new WhatIfStep("a", "b", 5, 0.6, 20 * 60, 2), result.Step);
        Assert.Contains(result.Notes, n => n.StartsWith("2 customers were still waiting at the step at the period's end (2024-01-01 01:40 UTC)", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_WaitBeforeTheOutcome_ExtraConvertersReachItDirectly()
    {
        // At b: went on after 40 (y1); waiting 80 (y2) and 60 (y3). S(40) = 2/3 and nothing after it, so a
        // customer already waiting past 40 minutes moves on with chance 1 - (2/3) / (2/3) = 0.
        var result = WhatIfEngine.Compute(Journeys().Build(), WhatIfJourneys.Wait("b", TimeSpan.FromMinutes(30), Period));

        Assert.Equal(0, result.Change, 12);
        Assert.Equal(new WhatIfStep("b", "c", 3, 1.0 / 3, 40 * 60, 2), result.Step);
    }

    [Fact]
    public void Compute_WaitAtBWithAnEarlyWaiter_MovesWithTheCurve()
    {
        // At b: went on after 40 (y1) and 20 (v); waiting 80 (y2), 60 (y3) and 10 (u, reached b at minute 90).
        // Events 20, 40; censored 10, 60, 80. At 20 four are at risk (u left at 10): S(20) = 3/4; at 40 three:
        // S(40) = 3/4 x 2/3 = 1/2. u (waited 10) moves within 15 more with 1 - S(25) / S(10) = 1 - (3/4) / 1 = 1/4;
        // y3 and y2 are past the last event: 0. b is the step before the outcome, so the change is 1/4.
        var log = Journeys().Customer("v", "A@0", "B@20", "C@40").Customer("u", "A@0", "B@90").Build();

        var result = WhatIfEngine.Compute(log, WhatIfJourneys.Wait("b", TimeSpan.FromMinutes(15), Period));

        Assert.Equal(2, result.Outcome);
        Assert.Equal(0.25, result.Change, 12);
        Assert.Equal(3, result.Step.Waiting);
    }

    [Fact]
    public void Compute_ZeroCut_MeasuredWithZeroWidthChange()
    {
        var result = WhatIfEngine.Compute(Journeys().Build(), WhatIfJourneys.Wait("a", TimeSpan.Zero, Period));

        Assert.Equal(1, result.Projected);
        Assert.Equal((0.0, 0.0, 0.0), (result.Change, result.ChangeLow, result.ChangeHigh));
    }

    [Fact]
    public void Compute_NoPeriodEnd_WaitingMeasuredToTheLastEvent()
    {
        // Without "late" and without To, the data end at minute 85: w1 has waited 0, w2 15.
        // Events 10, 20, 40; censored 0, 15: S(10) = 1 - 1/4 = 3/4 (w1 left at 0), S(20) = 3/4 x 1/2 = 3/8.
        var log = new TestLog()
            .Customer("y1", "A@0", "B@10", "C@50").Customer("y2", "A@0", "B@20").Customer("y3", "A@0", "B@40")
            .Customer("w1", "A@85").Customer("w2", "A@70").Build();

        // w1 (0): 1 - S(5) / S(0) = 0. w2 (15): 1 - S(20) / S(15) = 1 - (3/4 x 1/2) / (3/4) = 1/2. Tail 1/3.
        var result = WhatIfEngine.Compute(log, WhatIfJourneys.Wait("a", TimeSpan.FromMinutes(5)));

        Assert.Equal(0.5 / 3, result.Change, 12);
    }

    [Fact]
    public void Compute_WaitResamples_SameSeedSameInterval()
    {
        var log = Journeys().Build();
        var options = WhatIfJourneys.Wait("a", TimeSpan.FromMinutes(10), Period);

        var first = WhatIfEngine.Compute(log, options);
        var again = WhatIfEngine.Compute(log, options);

        Assert.Equal((first.ChangeLow, first.ChangeHigh), (again.ChangeLow, again.ChangeHigh));
        Assert.InRange(first.Change, first.ChangeLow, first.ChangeHigh);
    }
}
