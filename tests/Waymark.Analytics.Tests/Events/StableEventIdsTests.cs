using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Events;

public sealed class StableEventIdsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Next_SameContentInAnotherRun_SameId()
    {
        var e = Event("c1", "Visited", new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });
        var reordered = Event("c1", "Visited", new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });

        Assert.Equal(new StableEventIds().Next(e), new StableEventIds().Next(reordered));
        Assert.StartsWith("imp_", new StableEventIds().Next(e), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_IdenticalEventsOfOneCustomer_DistinctIdsByOccurrence()
    {
        var ids = new StableEventIds();
        var e = Event("c1", "Visited");

        Assert.NotEqual(ids.Next(e), ids.Next(e));
    }

    [Fact]
    public void StartCustomer_CountsOccurrencesAgain()
    {
        var ids = new StableEventIds();
        var first = ids.Next(Event("c1", "Visited"));
        ids.StartCustomer();

        Assert.Equal(first, ids.Next(Event("c1", "Visited")));
        Assert.NotEqual(first, ids.Next(Event("c1", "Visited", channel: "web")));
    }

    private static JourneyEvent Event(string customer, string activity, Dictionary<string, string>? properties = null, string? channel = null) =>
        new(customer, At, activity, channel, properties ?? new Dictionary<string, string>());
}
