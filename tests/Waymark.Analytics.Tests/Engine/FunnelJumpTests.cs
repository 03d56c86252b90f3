using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FunnelJumpTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Match_JumpTables_AgreeWithScanningOnRandomJourneys(bool window, bool exclusion)
    {
        var random = new Random(42);
        var builder = new EventLogBuilder();
        string[] names = ["A", "B", "C", "X"];
        for (var c = 0; c < 300; c++)
        {
            var ticks = 0L;
            for (var e = random.Next(1, 30); e > 0; e--)
            {
                ticks += random.Next(0, 3) * TimeSpan.TicksPerMinute;
                builder.Add("c" + c, ticks, names[random.Next(names.Length)], "");
            }
        }

        var log = builder.Build();
        var options = new FunnelOptions
        {
            Steps = [FunnelStep.Of("A"), FunnelStep.Of("B"), FunnelStep.Of("C")],
            Window = window ? TimeSpan.FromMinutes(6) : null,
            Exclusions = exclusion ? [new FunnelExclusion(["X"], 1)] : null,
        };
        var spec = new FunnelSpec(log, options);
        var scanning = new FunnelMatcher(spec) { JumpThreshold = int.MaxValue };
        var jumping = new FunnelMatcher(spec) { JumpThreshold = -1 };

        for (var c = 0; c < log.CustomerCount; c++)
        {
            var (start, length) = log.EventsOf(c).GetOffsetAndLength(log.EventCount);
            var view = new CustomerView(c, log.Activity.AsSpan(start, length), log.Ticks.AsSpan(start, length), log.Channel.AsSpan(start, length));
            Assert.Equal(scanning.Match(view), jumping.Match(view));
            Assert.Equal(scanning.Reached, jumping.Reached);
            Assert.Equal(scanning.StartIndex, jumping.StartIndex);
            Assert.Equal(scanning.BestTimes.AsSpan(0, scanning.Reached).ToArray(), jumping.BestTimes.AsSpan(0, jumping.Reached).ToArray());
        }
    }
}
