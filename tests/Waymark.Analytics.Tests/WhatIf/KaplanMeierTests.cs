using Waymark.Analytics.WhatIf.Internals;

namespace Waymark.Analytics.Tests.WhatIf;

public sealed class KaplanMeierTests
{
    // Waits 10 (went on), 15 (still waiting), 20 (went on), 30 (still waiting), 40 (went on); level 2 = went on.
    private static readonly long[] Durations = [10, 15, 20, 30, 40];
    private static readonly int[] Levels = [2, 1, 2, 1, 2];
    private static readonly int[] Order = [0, 1, 2, 3, 4];

    [Fact]
    public void Survival_WithCensoring_MatchesHandComputation()
    {
        // n = 5 at 10: S = 1 - 1/5 = 0.8; 15 censored; n = 3 at 20: S = 0.8 x 2/3; 30 censored; n = 1 at 40: S = 0.
        var curve = new KaplanMeier(5);
        curve.Build(Order, Durations, Levels, 2, [1, 1, 1, 1, 1]);

        Assert.Equal(1, curve.Survival(9));
        Assert.Equal(0.8, curve.Survival(10), 12);
        Assert.Equal(0.8, curve.Survival(19), 12);
        Assert.Equal(0.8 * 2 / 3, curve.Survival(25), 12);
        Assert.Equal(0, curve.Survival(40), 12);
        Assert.Equal(1.0 / 3, curve.MoveOnChance(15, 10), 12);
        Assert.Equal(1, curve.MoveOnChance(30, 10), 12);
        Assert.Equal(0, curve.MoveOnChance(45, 10), 12);
    }

    [Fact]
    public void Survival_Weighted_CountsEachRecordAsOftenAsDrawn()
    {
        // Weights 2, 0, 1, 1, 1: n = 5 at 10: S = 1 - 2/5 = 0.6; n = 3 at 20: S = 0.6 x 2/3 = 0.4; 30 censored;
        // n = 1 at 40: S = 0.
        var curve = new KaplanMeier(5);
        curve.Build(Order, Durations, Levels, 2, [2, 0, 1, 1, 1]);

        Assert.Equal(0.6, curve.Survival(15), 12);
        Assert.Equal(0.4, curve.Survival(35), 12);
        Assert.Equal(0, curve.Survival(40), 12);
    }

    [Fact]
    public void Survival_TieOfEventAndCensored_CensoredStillAtRisk()
    {
        // Event and censored both at 10: n = 2 at 10, S = 1/2 (the censored one was still at risk then).
        var curve = new KaplanMeier(2);
        curve.Build([0, 1], [10L, 10L], [2, 1], 2, [1, 1]);

        Assert.Equal(0.5, curve.Survival(10), 12);
    }
}
