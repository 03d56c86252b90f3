using Waymark.Analytics.Engine;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;
using Xunit.Abstractions;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Pushed-down step trends and retention equal the engine's on the generated log (steps with and without property
/// conditions, a period and a segment, every granularity) and on BPIC2012.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseTrendLogTests(ClickHouseFixture clickHouse, PushdownData data, ITestOutputHelper output)
{
    private static readonly FunnelStep Home = FunnelStep.Of("Visited homepage");
    private static readonly FunnelStep Signup = FunnelStep.Of("Started signup");

    [StoreFact]
    public async Task StepTrendAndRetention_GeneratedLog_EqualTheEngine()
    {
        var logs = await data.GeneratedAsync(clickHouse.Server);
        var first = logs.Log.GetEvent(0).Timestamp!.Value;
        var segment = new EventFilter { From = first.AddDays(10).AddHours(7), To = first.AddDays(70), Channels = ["search", "web"] };
        var mobile = new FunnelStep("home on mobile", ["Visited homepage"]) { Conditions = [new PropertyCondition("device", "mobile")] };

        var days = await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = Home, Next = Signup, Granularity = TrendGranularity.Day });
        await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = mobile, Next = FunnelStep.Of("Signup completed"), Granularity = TrendGranularity.Week });
        await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = Signup, Next = Home, Granularity = TrendGranularity.Month, Filter = segment });
        var weeks = await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Start = Home, Return = FunnelStep.Of("Used key feature"), Granularity = TrendGranularity.Week });
        await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Granularity = TrendGranularity.Month, Periods = 3 });
        await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Start = mobile, Granularity = TrendGranularity.Day, Periods = 30, Filter = segment });

        Assert.True(days.Customers > 1_000 && days.Converted > 0 && days.Points.Count > 30, $"{days.Customers} customers over {days.Points.Count} days");
        Assert.True(weeks.Cohorts.Count > 3 && weeks.Average[1].Customers > 0, $"{weeks.Cohorts.Count} cohorts");
        output.WriteLine($"{logs.Log.EventCount:N0} events, {logs.Log.CustomerCount:N0} customers; {days.Customers} on the homepage, {days.Converted} went on");
        if (PushdownMeasure.On)
        {
            var engine = new InMemoryAnalyses(logs.Log);
            var measure = new PushdownMeasure(clickHouse.Server, output);
            var trend = new StepTrendOptions { Step = Home, Next = Signup, Granularity = TrendGranularity.Month };
            var retention = new RetentionOptions { Start = Home, Return = FunnelStep.Of("Used key feature"), Granularity = TrendGranularity.Week };
            await measure.RunAsync(logs, "step trend by month, with a next step", () => engine.StepTrendAsync(trend), () => logs.Pushdown.StepTrendAsync(trend));
            await measure.RunAsync(logs, "retention by week, 8 periods", () => engine.RetentionAsync(retention), () => logs.Pushdown.RetentionAsync(retention));
            var any = new RetentionOptions { Granularity = TrendGranularity.Month };
            await measure.RunAsync(logs, "retention by month, any event", () => engine.RetentionAsync(any), () => logs.Pushdown.RetentionAsync(any));
        }
    }

    [StoreFact]
    public async Task StepTrendAndRetention_Bpic2012_EqualTheEngine()
    {
        if (await data.BpicAsync(clickHouse.Server) is not { } logs)
        {
            output.WriteLine(SharedData.SkipReason + " (bpic2012.xes.gz)");
            return;
        }

        var submitted = FunnelStep.Of("A_SUBMITTED");
        var completed = new FunnelStep("completed", ["W_Completeren aanvraag"]) { Conditions = [new PropertyCondition("lifecycle:transition", "COMPLETE")] };

        var weeks = await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = submitted, Next = FunnelStep.Of("A_ACCEPTED"), Granularity = TrendGranularity.Week });
        await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Start = submitted, Return = completed, Granularity = TrendGranularity.Day, Periods = 14 });
        await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Granularity = TrendGranularity.Month, Filter = new EventFilter { Did = ["O_CANCELLED"] } });

        Assert.Equal(13087, weeks.Customers);
    }
}
