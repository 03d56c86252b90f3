using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Events;

/// <summary>A log brought up to date by appends must be the log built from all the events at once.</summary>
public sealed class EventLogAppenderTests
{
    private static readonly DateTime Day = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Appends_InRounds_EqualOneBuildOfEverything(int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 3_000).Select(_ => RandomRow(random, customers: 400)).ToList();
        var cuts = new[] { 0, 1_800, 1_801, 2_300, 2_999, 3_000 };

        var log = Build(rows.Take(cuts[1]));
        for (var round = 1; round < cuts.Length - 1; round++)
        {
            var appender = new EventLogAppender(log);
            foreach (var row in rows.Skip(cuts[round]).Take(cuts[round + 1] - cuts[round]))
            {
                AddTo(appender, row);
            }

            log = appender.Build();
        }

        LogAssert.SameEvents(Build(rows), log);
    }

    [Fact]
    public void Append_LateEventForKnownCustomer_GoesInTimeOrderAndTiesAfterOlder()
    {
        var log = Build([new("a", 10, "Visited", "web", null), new("a", 30, "Bought", null, null), new("b", 5, "Visited", null, null)]);
        var appender = new EventLogAppender(log);
        appender.Add("a", Day.AddMinutes(10).Ticks, "Compared", "");
        appender.Add("a", Day.AddMinutes(20).Ticks, "Read reviews", "");
        appender.Add("c", Day.Ticks, "Visited", "");

        var next = appender.Build();

        Assert.Equal(["Visited", "Compared", "Read reviews", "Bought"], ActivitiesOf(next, "a"));
        Assert.Equal(["Visited"], ActivitiesOf(next, "b"));
        Assert.Equal(["Visited"], ActivitiesOf(next, "c"));
        Assert.Equal(["Visited", "Bought"], ActivitiesOf(log, "a")); // the old log is untouched
        Assert.Equal(2, log.CustomerCount);
        Assert.Equal(-1, log.Customers.IdOf("c")); // nor does it learn the new customer's name
        Assert.Equal(-1, log.Activities.IdOf("Compared"));
    }

    [Fact]
    public void Append_FirstPropertiesIntoALogWithout_KeepsOldEventsWithoutProperties()
    {
        var log = Build([new("a", 0, "Visited", null, null)]);
        var appender = new EventLogAppender(log);
        appender.AddProperty("plan", "pro");
        appender.Add("a", Day.AddMinutes(1).Ticks, "Upgraded", "");

        var next = appender.Build();

        Assert.Empty(next.GetEvent(0).Properties);
        Assert.Equal("pro", next.GetEvent(1).Properties["plan"]);
        var funnel = Analyze.Funnel(next, new FunnelOptions
        {
            Steps = [FunnelStep.Of("Visited"), FunnelStep.Of("Upgraded")],
            Filter = new EventFilter { PropertyKey = "plan", PropertyValue = "pro" },
        });
        Assert.Equal(0, funnel.Steps[0].Customers); // the property filter drops the Visited event, which has none
    }

    [Fact]
    public void Append_AttributeOnly_AddsCustomerWithoutEvents()
    {
        var log = Build([new("a", 0, "Visited", null, null)]);
        var appender = new EventLogAppender(log);
        appender.SetAttribute("z", "plan", "free");
        appender.SetAttribute("a", "plan", "pro");

        var next = appender.Build();

        Assert.Equal(2, next.CustomerCount);
        Assert.Equal(0, next.EventsOf(1).GetOffsetAndLength(next.EventCount).Length);
        Assert.Equal("pro", next.Attributes.Get(0, "plan"));
        Assert.Equal("free", next.Attributes.Get(1, "plan"));
        Assert.Null(log.Attributes.Get(0, "plan")); // the old log keeps its values
    }

    [Fact]
    public void Build_NothingAdded_ReturnsTheSameLog()
    {
        var log = Build([new("a", 0, "Visited", null, null)]);

        Assert.Same(log, new EventLogAppender(log).Build());
    }

    private sealed record Row(string Customer, int Minute, string Activity, string? Channel, string? Plan);

    private static Row RandomRow(Random random, int customers) => new(
        "c" + random.Next(customers).ToString(CultureInfo.InvariantCulture),
        random.Next(50), // few distinct minutes: many ties
        "act" + random.Next(12).ToString(CultureInfo.InvariantCulture),
        random.Next(3) == 0 ? null : "ch" + random.Next(3).ToString(CultureInfo.InvariantCulture),
        random.Next(5) == 0 ? "p" + random.Next(2).ToString(CultureInfo.InvariantCulture) : null);

    private static EventLog Build(IEnumerable<Row> rows)
    {
        var builder = new EventLogBuilder();
        foreach (var row in rows)
        {
            if (row.Plan is not null)
            {
                builder.AddProperty("plan", row.Plan);
            }

            builder.Add(row.Customer, Day.AddMinutes(row.Minute).Ticks, row.Activity, row.Channel);
        }

        return builder.Build();
    }

    private static void AddTo(EventLogAppender appender, Row row)
    {
        if (row.Plan is not null)
        {
            appender.AddProperty("plan", row.Plan);
        }

        appender.Add(row.Customer, Day.AddMinutes(row.Minute).Ticks, row.Activity, row.Channel);
    }

    private static List<string> ActivitiesOf(EventLog log, string customer)
    {
        var (offset, length) = log.EventsOf(log.Customers.IdOf(customer)).GetOffsetAndLength(log.EventCount);
        return [.. Enumerable.Range(offset, length).Select(i => log.GetEvent(i).Activity)];
    }
}
