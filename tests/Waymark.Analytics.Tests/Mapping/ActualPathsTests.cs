using Waymark.Analytics.Engine;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Tests.Support;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Mapping;

public sealed class ActualPathsTests
{
    // c1 goes Visit, Signup, Pay (a repeat and an unbound Browse between); c2 goes back from Signup to Visit;
    // c3 only does unbound things; c4 starts at Signup. Renew is bound but nobody does it; "notes" is unbound.
    private static readonly Waymark.Core.Maps.JourneyMap Map = Steps(
        Bound("s1", "Visit"), Bound("s2", "Signup"), Bound("s3", "Pay"), Bound("s4", "Renew"), Bound("notes"));

    private static Waymark.Analytics.Events.EventLog Log() => new TestLog()
        .Customer("c1", "Visit@0", "Visit@1", "Browse@2", "Signup@3", "Pay@4")
        .Customer("c2", "Visit@0", "Signup@1", "Visit@2", "Signup@3")
        .Customer("c3", "Browse@0", "Help@1")
        .Customer("c4", "Signup@0")
        .Build();

    [Fact]
    public void Paths_HandBuiltLog_CountsTransitionsStrongestFirst()
    {
        var paths = MapEvidence.Paths(Log(), Map);

        Assert.Equal(3, paths.Customers);
        Assert.Equal(
            [
                new StepTransition("s1", "s2", 2, 3),
                new StepTransition(null, "s1", 2, 2),
                new StepTransition("s2", null, 2, 2),
                new StepTransition(null, "s2", 1, 1),
                new StepTransition("s2", "s1", 1, 1),
                new StepTransition("s2", "s3", 1, 1),
                new StepTransition("s3", null, 1, 1),
            ],
            paths.Transitions);
    }

    [Fact]
    public void Paths_HandBuiltLog_ListsHiddenActivitiesUnreachedStepsAndOrderShare()
    {
        var paths = MapEvidence.Paths(Log(), Map);

        Assert.Equal([new HiddenActivity("Browse", 2, 2), new HiddenActivity("Help", 1, 1)], paths.HiddenActivities);
        Assert.Equal(["s4"], paths.UnreachedStepIds);
        Assert.Equal(2.0 / 3, paths.DesignedOrderShare, 12);
    }

    [Fact]
    public void Paths_TimeRange_SeesOnlyEventsInside()
    {
        var from = TestLog.Origin.AddMinutes(2);

        var paths = MapEvidence.Paths(Log(), Map, new PathsOptions { Filter = new EventFilter { From = from } });

        // c1: Browse, Signup, Pay -> s2, s3; c2: Visit, Signup -> s1, s2; c4's only event is before the range.
        Assert.Equal(2, paths.Customers);
        Assert.Equal(1.0, paths.DesignedOrderShare);
        Assert.Contains(new StepTransition("s2", "s3", 1, 1), paths.Transitions);
        Assert.Equal(["s4"], paths.UnreachedStepIds);
    }

    [Fact]
    public void Paths_CustomerPredicate_KeepsOnlyThoseCustomers()
    {
        var log = Log();
        var c2 = log.Customers.IdOf("c2");

        var paths = MapEvidence.Paths(log, Map, new PathsOptions { Customers = c => c == c2 });

        Assert.Equal(1, paths.Customers);
        Assert.Equal(0.0, paths.DesignedOrderShare);
        Assert.Equal(new StepTransition("s1", "s2", 1, 2), paths.Transitions[0]);
        Assert.Equal(["s3", "s4"], paths.UnreachedStepIds);
    }

    [Fact]
    public void Paths_ActivityBoundTwice_CountsForTheNextStepInMapOrder()
    {
        var map = Steps(Bound("home", "Home"), Bound("cart", "Cart"), Bound("back-home", "Home"));
        var log = new TestLog().Customer("c1", "Home@0", "Cart@1", "Home@2").Build();

        var paths = MapEvidence.Paths(log, map);

        Assert.Equal(1.0, paths.DesignedOrderShare);
        Assert.Contains(new StepTransition("cart", "back-home", 1, 1), paths.Transitions);
        Assert.Empty(paths.UnreachedStepIds);
    }

    [Fact]
    public void Paths_EmptyLog_HasNoCustomersAndEveryBoundStepUnreached()
    {
        var paths = MapEvidence.Paths(new TestLog().Build(), Map);

        Assert.Equal(0, paths.Customers);
        Assert.Empty(paths.Transitions);
        Assert.Equal(0.0, paths.DesignedOrderShare);
        Assert.Equal(["s1", "s2", "s3", "s4"], paths.UnreachedStepIds);
    }
}
