using System.Text;
using System.Text.Json;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Tests.Ingest;

/// <summary>
/// The fast reader side by side with the full one (a JsonDocument and IngestEventReader): whatever it takes, the full
/// reader takes as the same event; what it leaves, the full reader decides (a rejection keeps its path and reason).
/// </summary>
public sealed class PlainEventReaderTests
{
    private const string Plain = """{"id":"e1","customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited pricing","channel":"web","properties":{"plan":"free","utm":"mail"}}""";

    public static TheoryData<string> Usual =>
    [
        Plain,
        """{"customerId":"c1","timestamp":"2026-11-01T10:05:00.123+01:00","activity":"Signed up"}""",
        """ { "customerId" : "c2", "timestamp" : "2026-11-02T09:00:00Z", "activity" : "Bought", "channel" : "app", "properties" : { } } """ + "\r",
        """{"customerId":"c3","timestamp":"2026-11-02T09:00:00","activity":"Köpt","id":null,"channel":null,"properties":null}""",
        """{"customerId":"c4","timestamp":"2026-11-02T09:00:00Z","activity":"A b","id":"","channel":"","extra":{"n":[1,2e400,-0.5,12345678901234567890123],"ok":true,"s":"é"}}""",
        """{"customerId":"🙂","timestamp":"2026-11-02T09:00:00Z","activity":"<script>alert(1)</script>","properties":{"q":"it's \"fine\"?"}}""".Replace("\\\"", "'", StringComparison.Ordinal),
    ];

    public static TheoryData<string> Unusual =>
    [
        """{"customerId":"c\u0031","timestamp":"2026-11-01T10:00:00Z","activity":"Visited"}""", // an escape
        """{"customerId":" c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited"}""", // trimmed by the full reader
        """{"customerId":"c1","timestamp":"2026-11-01 10:00:00Z","activity":"Visited"}""", // time in another form
        """{"customerId":"c1","customerId":"c2","timestamp":"2026-11-01T10:00:00Z","activity":"Visited"}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited"} {}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited",}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z"}""",
        """{"customerId":1,"timestamp":"2026-11-01T10:00:00Z","activity":"Visited"}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited","properties":{"n":1}}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited","x":["\ud800"]}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited","c\u0068annel":"web"}""",
        """{"customerId":"c1","timestamp":"2026-11-01T10:00:00Z","activity":"Visited","id":"  "}""",
        "{\"customerId\":\"" + new string('c', 201) + "\",\"timestamp\":\"2026-11-01T10:00:00Z\",\"activity\":\"Visited\"}",
        "[" + Plain + "]",
        "42",
    ];

    [Theory]
    [MemberData(nameof(Usual))]
    public void TryRead_UsualEvent_TakesTheFullReadersEvent(string line)
    {
        var fast = PlainEventReader.TryRead(Encoding.UTF8.GetBytes(line), new IngestNames());

        Assert.NotNull(fast);
        Assert.Equal(Full(Encoding.UTF8.GetBytes(line)), fast);
    }

    [Theory]
    [MemberData(nameof(Unusual))]
    public void TryRead_UnusualEvent_LeftToTheFullReader(string line) =>
        Assert.Null(PlainEventReader.TryRead(Encoding.UTF8.GetBytes(line), new IngestNames()));

    [Fact]
    public void TryRead_BytesThatAreNotUtf8_LeftToTheFullReader()
    {
        var line = Encoding.UTF8.GetBytes(Plain);
        var at = Plain.IndexOf("pricing", StringComparison.Ordinal);
        line[at] = 0xC3; // a lead byte followed by ASCII

        Assert.Null(PlainEventReader.TryRead(line, new IngestNames()));
        Assert.Null(Full(line)); // rejected there, by path
    }

    [Fact]
    public void TryRead_MutatedLines_NeverTakesWhatTheFullReaderRejectsOrReadsOtherwise()
    {
        var random = new Random(72);
        var names = new IngestNames(); // shared, as within one request
        var (taken, alphabet) = (0, "{}[]\":,\\ tZ+-.0159aéu\u00a0"u8.ToArray());
        for (var i = 0; i < 5_000; i++)
        {
            var line = Encoding.UTF8.GetBytes(Plain);
            for (var m = random.Next(1, 3); m > 0; m--)
            {
                line[random.Next(line.Length)] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            if (PlainEventReader.TryRead(line, names) is { } fast)
            {
                taken++;
                Assert.Equal(Full(line), fast);
            }
        }

        Assert.InRange(taken, 100, 4_900); // both ways exercised
    }

    /// <summary>The full reader's event for one NDJSON line, or null when it rejects the line.</summary>
    private static NewEvent? Full(byte[] line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return IngestEventReader.Read(doc.RootElement).Event;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
