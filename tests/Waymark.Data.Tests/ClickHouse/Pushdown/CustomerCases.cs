using System.Globalization;
using System.Text;
using System.Text.Json;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Generation;
using Waymark.Analytics.Import;
using Waymark.Analytics.Mapping;
using Waymark.Core.Maps;
using Waymark.Data.EventStores;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Customers for the membership, look-up and timeline tests: ids that case-fold, escape and sort differently in .NET and
/// ClickHouse, attributes (rewritten, of a customer without events), a customer a period cuts; the checks that run the
/// engine and pushdown on them side by side.
/// </summary>
internal static class CustomerCases
{
    public const string Hostile = "c'q\\uote\"\t\\N";
    public static readonly string Long = "long-" + new string('x', 1019);
    public static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>Ids .NET's ordinal-ignore-case prefix and ordinal order judge in ways ClickHouse's own functions do not.</summary>
    private static readonly string[] Ids =
    [
        "c1", "C2", Hostile, "ümlaut", "Ümlaut2", "\u212Aelvin", "kilo", "Kilo", "ｚ fullwidth", "strasse", "STRASSE", "ıdotless", "😀 smile", "İcapital",
        "ſtraße", "idot", "\uE000 private", "z", Long,
    ];

    public static readonly EventFilter Period = new() { From = new DateTimeOffset(At(3600), TimeSpan.Zero), To = new DateTimeOffset(At(2 * 3600), TimeSpan.Zero) };

    public static readonly string[] Queries =
        ["", "c", "C", "k", "K", "\u212A", "s", "S", "ſ", "str", "STRAS", "i", "I", "ı", "İ", "ü", "Ü", "ｚ", "Ｚ", "z", "c'", "c'q\\", "long-xx", "\uE000", "nobody", " "];

    public static readonly JourneyMap Map = new()
    {
        Id = "map", Name = "Map",
        Stages = [new Stage
        {
            Id = "s", Name = "S",
            Steps =
            [
                new Step { Id = "a", Name = "A", Binding = new StepBinding { Activities = ["A"] } },
                new Step { Id = "b-mobile", Name = "B", Binding = new StepBinding { Activities = ["B"], Filter = [new PropertyFilter { Property = "device", Value = "mobile" }] } },
                new Step { Id = "any", Name = "A or C", Binding = new StepBinding { Activities = ["A", "C"] } },
            ],
        }],
    };

    public static IEnumerable<NewEvent> Events()
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            // i % 4 + 1 events each, so the most active list has ties its ordinal order breaks (c1, Ümlaut2, the emoji,
            // the private-use and the full-width chars have one each: UTF-16 puts the emoji first, UTF-8 last).
            for (var k = 0; k <= i % 4; k++)
            {
                var properties = k == 1 ? """{"plan":"x","device":"mobile"}""" : k == 2 ? """{"device":"desktop"}""" : null;
                yield return new NewEvent(null, Ids[i], At((k * 3600) + i), "ABC"[k % 3].ToString(), k == 0 ? "web" : null, properties);
            }
        }

        // A customer the period cuts: before, inside and after it, stored out of time order; a property key new to the log.
        yield return new NewEvent(null, "cut", At(3 * 3600), "C", "app", """{"zeta":"1","alpha":"2"}""");
        yield return new NewEvent(null, "cut", At(0), "A", "app", null);
        yield return new NewEvent(null, "cut", At(3600 + 60), "B", null, """{"device":"mobile"}""");
    }

    public static CustomerAttribute[] Attributes() =>
    [
        new("c1", "plan", "free"), new("c1", "region", "eu"), new("c1", "plan", "pro"), new("C2", "plan", "pro"), new(Hostile, "plan", "it's"),
        new("cut", "region", "eu"), new("cut", "plan", "free"), new("ghost", "ghost-key", "v"),
    ];

    public static EventFilter[] Filters() =>
    [
        new(),
        Period,
        new() { Did = ["A"] },
        new() { Did = ["A", "C"], DidNot = ["no such"] },
        Period with { DidNot = ["B"] },
        new() { Did = ["no such activity"] },
        new() { Attributes = [new("plan", ["pro"])] },
        Period with { Attributes = [new("plan", ["pro", "free", "it's"]), new("region", ["eu"])] },
        new() { Attributes = [new("ghost-key", ["v"])] },
        new() { Attributes = [new("plan", [])] },
        new() { AttributeKey = "plan", AttributeValues = ["free"] },
        new() { Channels = ["web"] },
        Period with { Channels = ["app", "web"] },
    ];

    /// <summary>The names a preview may ask about: known and unknown of each kind.</summary>
    public static readonly SourceNames Names = new(["A", "no such", Hostile], ["plan", "ghost-key", "none"], ["web", "app", "", "fax"]);

    /// <summary>Counts, look-ups, known names and every customer's timeline (with and without a map) equal on both sides.</summary>
    public static async Task AssertSameAsync(IJourneyAnalyses engine, IJourneyAnalyses pushdown, IEnumerable<EventFilter> filters, IEnumerable<string> queries,
        IEnumerable<string> customers)
    {
        foreach (var filter in filters)
        {
            Assert.Equal(await engine.CustomersAsync(filter), await pushdown.CustomersAsync(filter));
        }

        foreach (var query in queries)
        {
            foreach (var limit in new[] { 1, 3, MapEvidence.MaxSearchResults })
            {
                Assert.Equal(await engine.FindCustomersAsync(query, limit), await pushdown.FindCustomersAsync(query, limit));
            }
        }

        Assert.Equal(Json(await engine.KnownNamesAsync(Names)), Json(await pushdown.KnownNamesAsync(Names)));
        foreach (var id in customers)
        {
            var (expected, actual) = (await engine.CustomerLogAsync(id), await pushdown.CustomerLogAsync(id));
            Assert.Equal(Json(MapEvidence.Timeline(expected, id, Map)), Json(MapEvidence.Timeline(actual, id, Map)));
            Assert.Equal(Json(MapEvidence.Timeline(expected, id, null)), Json(MapEvidence.Timeline(actual, id, null)));
        }
    }

    public static IEnumerable<string> CustomerIds => [.. Ids, "cut", "ghost", "nobody", "C1"];

    /// <summary>A generated log (its events, and plan, region and acquisition channel of every customer) as NewEvents and attributes.</summary>
    public static (List<NewEvent> Events, List<CustomerAttribute> Attributes) Generated(int customers)
    {
        var (events, people) = (new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture));
        JourneyGenerator.Generate(GeneratorPresets.Sample(customers, 21), events, people);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(events.ToString()));
        var log = EventImporter.Import(stream, ImportFormat.Csv).Log!;
        var attributes = new List<CustomerAttribute>();
        var header = JourneyGenerator.CustomersHeader.Split(',');
        foreach (var line in people.ToString().Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            attributes.AddRange(Enumerable.Range(1, header.Length - 1).Select(k => new CustomerAttribute(fields[0], header[k], fields[k])));
        }

        return ([.. PushdownLogs.EventsOf(log)], attributes);
    }

    private static long At(int seconds) => T0 + (seconds * TimeSpan.TicksPerSecond);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
