using Waymark.Analytics.Engine;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>The warm-up's rounds: every analysis runs on the generated log, the bounds hold, a cancelled one stops.</summary>
public sealed class EngineWarmUpTests
{
    [Fact]
    public void Run_OneRoundAtMost_RunsEveryAnalysisOnce()
    {
        Assert.Equal(1, EngineWarmUp.Run(minRounds: 1, maxRounds: 1, CancellationToken.None));
    }

    [Fact]
    public void Run_Cancelled_RunsNoRound()
    {
        Assert.Equal(0, EngineWarmUp.Run(minRounds: 1, maxRounds: 5, new CancellationToken(canceled: true)));
    }
}
