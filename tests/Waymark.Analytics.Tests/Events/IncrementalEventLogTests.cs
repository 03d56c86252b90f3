using System.Globalization;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Events;

/// <summary>A log kept up to date from rows arriving over time: what one update of all the rows would give, read leniently.</summary>
public sealed class IncrementalEventLogTests
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void Updates_InRounds_EqualOneUpdateOfEverything(int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 2_000).Select(_ => RandomRow(random)).ToList();
        var rounds = new IncrementalEventLog();

        foreach (var (from, to) in new[] { (0, 1_200), (1_200, 1_200), (1_200, 1_201), (1_201, 2_000) })
        {
            var update = rounds.BeginUpdate();
            rows[from..to].ForEach(r => update.AddEvent(r.Customer, r.Ticks, r.Activity, r.Channel, r.Properties));
            update.Commit();
        }

        var once = new IncrementalEventLog();
        var all = once.BeginUpdate();
        rows.ForEach(r => all.AddEvent(r.Customer, r.Ticks, r.Activity, r.Channel, r.Properties));
        LogAssert.SameEvents(all.Commit(), rounds.Current!);
    }

    [Fact]
    public void Commit_FirstAndLaterUpdates_LetGoOfTheirInputAndTakeNoMoreEvents()
    {
        // An update its caller still holds (an async read's state) kept the builder's input columns alive beside the
        // built log: 27 B an event at 10M events (issue 18's bytes-per-event figure).
        var log = new IncrementalEventLog();
        foreach (var round in new[] { 0, 1 })
        {
            var update = log.BeginUpdate();
            update.AddEvent("c" + round.ToString(CultureInfo.InvariantCulture), T0 + round, "Visited", null, null);
            Assert.True(update.HoldsInput);

            update.Commit();

            Assert.False(update.HoldsInput);
            Assert.Throws<ObjectDisposedException>(() => update.AddEvent("late", T0, "Visited", null, null));
        }

        Assert.Equal(2, log.Current!.EventCount);
    }

    [Fact]
    public void Commit_AttributeOfCustomerWithoutEvents_WaitsForTheirFirstEventLaterWriteWins()
    {
        var log = new IncrementalEventLog();
        Update(log, u =>
        {
            u.AddEvent("a", T0, "Visited", null, null);
            u.SetAttribute("z", "plan", "free");
            u.SetAttribute("z", "region", "EU");
        });
        var before = log.Current!;
        Update(log, u => u.SetAttribute("z", "plan", "pro"));
        var waiting = log.Current!;

        var after = Update(log, u => u.AddEvent("z", T0, "Visited", null, null));

        Assert.Equal((1, -1), (before.CustomerCount, before.Customers.IdOf("z")));
        Assert.Same(before, waiting); // an attribute alone does not change the log
        var z = after.Customers.IdOf("z");
        Assert.Equal(("pro", "EU"), (after.Attributes.Get(z, "plan"), after.Attributes.Get(z, "region")));
    }

    [Fact]
    public void Commit_AttributeBeforeTheCustomersFirstEventInOneUpdate_IsSet()
    {
        var log = new IncrementalEventLog();
        Update(log, u => u.AddEvent("a", T0, "Visited", null, null));

        var next = Update(log, u =>
        {
            u.SetAttribute("b", "plan", "pro");
            u.SetAttribute("a", "plan", "free");
            u.AddEvent("b", T0, "Visited", null, null);
        });

        Assert.Equal("pro", next.Attributes.Get(next.Customers.IdOf("b"), "plan"));
        Assert.Equal("free", next.Attributes.Get(next.Customers.IdOf("a"), "plan"));
    }

    [Fact]
    public void AddEvent_PropertiesNotText_ReplacedOrLeftOutAndCounted()
    {
        var log = new IncrementalEventLog();
        var first = log.BeginUpdate();
        first.AddEvent("a", T0, "Visited", null, """{"k":"half \ud800 pair","n":5}""");
        first.AddEvent("a", T0 + 1, "Read", null, """{"\udc00":"bad name"}""");
        first.AddEvent("b", T0, "Visited", null, """{"k": not json""");
        first.AddEvent("b", T0 + 1, "Read", null, "[1]");
        var built = first.Commit();
        var second = log.BeginUpdate();
        second.AddEvent("c", T0, "Visited", null, """{"k":"\udfff"}""");
        var appended = second.Commit();

        Assert.Equal((4L, 1L, 5L), (first.Replaced, second.Replaced, log.ReplacedValues));
        Assert.Equal(new Dictionary<string, string> { ["k"] = "half \uFFFD pair", ["n"] = "5" }, built.GetEvent(0).Properties);
        Assert.Equal(new Dictionary<string, string> { ["\uFFFD"] = "bad name" }, built.GetEvent(1).Properties);
        Assert.Empty(built.GetEvent(2).Properties);
        Assert.Empty(built.GetEvent(3).Properties);
        Assert.Equal("\uFFFD", appended.GetEvent(4).Properties["k"]);
    }

    [Fact]
    public void BeginUpdate_UntilCommit_CurrentAndEarlierSnapshotsStayAsTheyWere()
    {
        var log = new IncrementalEventLog();
        var empty = Update(log, _ => { });
        var first = Update(log, u => u.AddEvent("a", T0, "Visited", "web", null));
        var update = log.BeginUpdate();
        update.AddEvent("a", T0 + 1, "Bought", null, null);
        update.SetAttribute("a", "plan", "pro");

        var pending = log.Current;
        var next = update.Commit();

        Assert.Equal((0, 0), (empty.CustomerCount, empty.EventCount));
        Assert.Same(first, pending);
        Assert.Equal((1, null), (first.EventCount, first.Attributes.Get(0, "plan")));
        Assert.Equal((2, "pro"), (next.EventCount, next.Attributes.Get(0, "plan")));
        Assert.Same(next, log.Current);
        Assert.Same(next, Update(log, _ => { })); // nothing new: the same snapshot
    }

    [Fact]
    public void Commit_AnotherUpdateCommittedSinceBegin_Throws()
    {
        var log = new IncrementalEventLog();
        var late = log.BeginUpdate();
        late.AddEvent("b", T0, "Visited", null, null);
        var first = Update(log, u => u.AddEvent("a", T0, "Visited", null, null));

        Assert.Throws<InvalidOperationException>(() => late.Commit());
        Assert.Same(first, log.Current);
    }

    private static EventLog Update(IncrementalEventLog log, Action<EventLogUpdate> rows)
    {
        var update = log.BeginUpdate();
        rows(update);
        return update.Commit();
    }

    private sealed record Row(string Customer, long Ticks, string Activity, string? Channel, string? Properties);

    private static Row RandomRow(Random random) => new(
        "c" + random.Next(300).ToString(CultureInfo.InvariantCulture),
        T0 + (random.Next(40) * TimeSpan.TicksPerMinute), // few distinct minutes: many ties
        "act" + random.Next(10).ToString(CultureInfo.InvariantCulture),
        random.Next(3) == 0 ? null : "ch" + random.Next(3).ToString(CultureInfo.InvariantCulture),
        random.Next(4) == 0 ? "{\"plan\":\"p" + random.Next(2).ToString(CultureInfo.InvariantCulture) + "\"}" : null);
}
