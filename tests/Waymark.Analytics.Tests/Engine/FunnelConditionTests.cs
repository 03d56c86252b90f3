using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Engine;

public sealed class FunnelConditionTests
{
    private static readonly DateTimeOffset Origin = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>c1 views a page of plan "pro" then buys; c2 views "basic" then buys; c3 views "pro" three times (jump tables) then buys.</summary>
    private static EventLog Log()
    {
        var b = new EventLogBuilder();
        Add(b, "c1", 0, "View", ("plan", "pro"));
        Add(b, "c1", 10, "Buy");
        Add(b, "c2", 0, "View", ("plan", "basic"));
        Add(b, "c2", 10, "Buy");
        Add(b, "c3", 0, "View", ("plan", "basic"));
        Add(b, "c3", 1, "View", ("plan", "pro"), ("device", "ios"));
        Add(b, "c3", 2, "View", ("plan", "pro"));
        Add(b, "c3", 3, "View", ("plan", "pro"));
        Add(b, "c3", 20, "Buy");
        return b.Build();
    }

    private static void Add(EventLogBuilder b, string customer, int minutes, string activity, params (string Key, string Value)[] properties)
    {
        foreach (var (key, value) in properties)
        {
            b.AddProperty(key, value);
        }

        b.Add(customer, Origin.AddMinutes(minutes).UtcTicks, activity, "");
    }

    private static long[] Counts(EventLog log, FunnelStep first, EventFilter filter = default) =>
        [.. Analyze.Funnel(log, new FunnelOptions { Steps = [first, FunnelStep.Of("Buy")], Filter = filter }).Steps.Select(s => s.Customers)];

    [Fact]
    public void Funnel_StepWithCondition_CountsOnlyEventsWhereItHolds()
    {
        var step = new FunnelStep("Pro view", ["View"]) { Conditions = [new PropertyCondition("plan", "pro")] };

        Assert.Equal([2L, 2], Counts(Log(), step));
    }

    [Fact]
    public void Funnel_StepWithSeveralConditions_AllMustHold()
    {
        var step = new FunnelStep("Pro on iOS", ["View"]) { Conditions = [new("plan", "pro"), new("device", "ios")] };

        var result = Analyze.Funnel(Log(), new FunnelOptions { Steps = [step, FunnelStep.Of("Buy")] });

        Assert.Equal([1L, 1], result.Steps.Select(s => s.Customers));
        Assert.Equal(TimeSpan.FromMinutes(19), result.Steps[1].TimeFromPrevious.Median);
    }

    [Fact]
    public void Funnel_ConditionWithUnknownKeyOrValue_StepNeverCompletes()
    {
        Assert.Equal([0L, 0], Counts(Log(), new FunnelStep("x", ["View"]) { Conditions = [new("plan", "enterprise")] }));
        Assert.Equal([0L, 0], Counts(Log(), new FunnelStep("x", ["View"]) { Conditions = [new("colour", "pro")] }));
    }

    [Fact]
    public void Funnel_ConditionUnderTimeFilter_ReadsPropertiesOfTheKeptEvents()
    {
        var step = new FunnelStep("Pro view", ["View"]) { Conditions = [new("plan", "pro")] };
        var filter = new EventFilter { From = Origin.AddMinutes(1) };

        Assert.Equal([1L, 1], Counts(Log(), step, filter));
    }

    [Fact]
    public void Funnel_AnyOfAlternatives_EachWithItsOwnConditions()
    {
        var stage = new FunnelStep("Consider", [])
        {
            AnyOf =
            [
                new FunnelStep("Pro", ["View"]) { Conditions = [new("plan", "pro")] },
                new FunnelStep("Basic", ["View"]) { Conditions = [new("plan", "basic")] },
            ],
        };

        Assert.Equal([3L, 3], Counts(Log(), stage));
    }

    [Fact]
    public void Funnel_OldConstructorWithoutConditions_AnyEventOfTheActivity()
    {
        Assert.Equal([3L, 3], Counts(Log(), new FunnelStep("View", ["View"])));
    }
}
