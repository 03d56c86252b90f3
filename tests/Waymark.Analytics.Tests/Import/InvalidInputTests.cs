using System.Text;
using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

/// <summary>Input that used to throw out of the importer, and bad rows that must name their line and field.</summary>
public sealed class InvalidInputTests
{
    private static readonly ImportOptions Skip = new() { OnError = OnError.Skip };

    [Theory]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    [InlineData("-99999999999999999")]
    [InlineData("253402300800000")]
    [InlineData("99999999999999999999")]
    public void Import_NumericTimestampOutsideTheDates_IsABadRowNamingTheField(string timestamp)
    {
        var csv = InlineText.Import(InlineText.Lines("customer_id,activity,timestamp", "c1,A,1700000000", $"c2,B,{timestamp}"), options: Skip);
        var ndjson = InlineText.Import(InlineText.Lines($$"""{"customer_id":"c2","activity":"B","timestamp":{{timestamp}}}"""), ImportFormat.Ndjson, Skip);

        Assert.Equal(1, csv.Log!.EventCount);
        Assert.Equal((3L, 3, "timestamp"), (csv.Problems[0].Line, csv.Problems[0].Field, csv.Problems[0].FieldName));
        Assert.Contains("as a timestamp", csv.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal((0, "timestamp"), (ndjson.Log!.EventCount, ndjson.Problems[0].FieldName));
    }

    [Fact]
    public void Import_CsvBadField_NamesTheFieldByNumberAndHeaderNotByCharacter()
    {
        var result = InlineText.Import(InlineText.Lines("Kunde;Zeit;Aktion", "c1;2026-11-01T10:00:00Z;A", "c2;not-a-date;B"),
            options: Skip with { CustomerColumn = "Kunde", ActivityColumn = "Aktion", TimestampColumn = "Zeit" });

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3L, 2, "Zeit"), (problem.Line, problem.Field, problem.FieldName));
        Assert.StartsWith("line 3, field 2 (Zeit): cannot read 'not-a-date' as a timestamp", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("column", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Import_NamesTheStoreCannotHold_RowsRejectedNamingLineAndField(bool extraColumn)
    {
        var extra = extraColumn ? ",plan" : "";
        var value = extraColumn ? ",free" : "";
        var text = InlineText.Lines(
            "customer_id,activity,timestamp,channel" + extra,
            "c1,A,1700000000,web" + value,
            $"c2,{new string('a', 201)},1700000000,web" + value,
            "c3\0,A,1700000000,web" + value,
            $"c4,A,1700000000,{new string('w', 201)}" + value);

        var result = InlineText.Import(text, options: Skip with { MaxNameLength = 200 });

        Assert.Equal(1, result.Log!.EventCount);
        Assert.Equal([(3L, 2, "activity"), (4L, 1, "customer_id"), (5L, 4, "channel")],
            result.Problems.Select(p => (p.Line, p.Field, p.FieldName!)));
        Assert.Contains("longer than 200 characters", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("NUL", result.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal(4, InlineText.Import(text, options: Skip).Log!.EventCount); // no limit asked: all kept
    }

    [Fact]
    public void Import_NdjsonWithLoneSurrogates_RowsRejectedNamingTheMember()
    {
        var text = InlineText.Lines(
            """{"customer_id":"c1","activity":"A","timestamp":1700000000,"properties":{"k":"fine"}}""",
            """{"customer_id":"c2","activity":"A","timestamp":1700000000,"properties":{"k":"\udc00"}}""",
            """{"customer_id":"c3\ud800","activity":"A","timestamp":1700000000}""",
            """{"customer_id":"c4","activity":"A","timestamp":1700000000,"attributes":{"\udc00":"x"}}""",
            """{"customer_id":"c5","activity":"A","timestamp":1700000000,"\ud800":5}""");

        var result = InlineText.Import(text, ImportFormat.Ndjson, Skip);

        Assert.Equal((1, 1), (result.Log!.EventCount, result.Log.CustomerCount));
        Assert.Equal([(2L, "properties.k"), (3L, "customer_id"), (4L, """attributes["\udc00"]"""), (5L, """["\ud800"]""")],
            result.Problems.Select(p => (p.Line, p.FieldName!)));
        Assert.All(result.Problems, p => Assert.Contains("is not valid Unicode text", p.Reason, StringComparison.Ordinal));
        Assert.Equal(["k"], result.Log.GetEvent(0).Properties.Keys);
    }

    [Fact]
    public void Preview_NdjsonWithLoneSurrogates_ShowsTheRowAndNotesTheLine()
    {
        var text = InlineText.Lines(
            """{"customer_id":"c1","activity":"A","timestamp":1700000000}""",
            """{"customer_id":"c2\udc00","activity":"A","timestamp":1700000000,"\ud800":"x"}""");

        var preview = EventImporter.Preview(text, ImportFormat.Ndjson);

        Assert.Equal(2, preview.Rows.Count);
        Assert.Equal("c2\uFFFD", preview.Rows[1][0]);
        Assert.Contains(preview.Notes, n => n.StartsWith("Line 2: customer_id is not valid Unicode text", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportFile_CorruptXesGz_IsAFatalProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"waymark-corrupt-{Guid.NewGuid():N}.xes.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, .. Enumerable.Repeat((byte)0xFF, 64)]);
        try
        {
            var result = EventImporter.ImportFile(path);

            Assert.True(result.Fatal);
            Assert.Null(result.Log);
            Assert.Equal(1, result.Problems[^1].Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    [InlineData("utf-32LE mark, UTF-8 text")]
    [InlineData("utf-32BE mark, UTF-8 text")]
    [InlineData("utf-32LE mark, cut")]
    public void Import_XesWithUtf32ByteOrderMark_IsReadOrAFatalProblem(string encoding)
    {
        var xes = """<?xml version="1.0"?><log><trace><string key="concept:name" value="c1"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2026-11-01T10:00:00Z"/></event></trace></log>""";
        var utf32 = new UTF32Encoding(bigEndian: encoding.StartsWith("utf-32BE", StringComparison.Ordinal), byteOrderMark: true);
        var text = encoding.EndsWith("UTF-8 text", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(xes) : utf32.GetBytes(xes);
        byte[] bytes = [.. utf32.GetPreamble(), .. encoding.EndsWith("cut", StringComparison.Ordinal) ? text[..^2] : text];

        var result = EventImporter.Import(new MemoryStream(bytes), ImportFormat.Xes);

        Assert.True(result.Log is { EventCount: 1 } || (result.Fatal && result.Problems.Count == 1), string.Join("; ", result.Problems));
    }

    [Fact]
    public void Import_XesWithNamesTheStoreCannotHold_EventsRejectedNamingTheKey()
    {
        var xes = $"""
            <log>
            <trace><string key="concept:name" value="c1"/>
            <event><string key="concept:name" value="{new string('a', 201)}"/><date key="time:timestamp" value="2026-11-01T10:00:00Z"/></event>
            <event><string key="concept:name" value="B"/><date key="time:timestamp" value="-9223372036854775808"/></event>
            <event><string key="concept:name" value="C"/><date key="time:timestamp" value="2026-11-01T10:00:00Z"/></event>
            </trace>
            <trace><string key="concept:name" value="{new string('c', 201)}"/>
            <event><string key="concept:name" value="D"/><date key="time:timestamp" value="2026-11-01T10:00:00Z"/></event>
            </trace>
            </log>
            """;

        var result = InlineText.Import(xes, ImportFormat.Xes, Skip with { MaxNameLength = 200 });

        Assert.Equal(1, result.Log!.EventCount);
        Assert.Equal([(3L, "concept:name"), (4L, "time:timestamp"), (7L, "concept:name")], result.Problems.Select(p => (p.Line, p.FieldName!)));
        Assert.Contains("the customer id is longer than 200 characters", result.Problems[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TimestampsAtTheEdgesInAZone_ReadOrRejectedWithoutThrowing()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("plus14", TimeSpan.FromHours(14), "plus14", "plus14");
        var west = TimeZoneInfo.CreateCustomTimeZone("minus12", TimeSpan.FromHours(-12), "minus12", "minus12");
        var text = InlineText.Lines("customer_id,activity,timestamp", "c1,A,0001-01-01 00:00:00", "c2,A,9999-12-31 23:59:59", "c3,A,0001-01-01");

        var east = InlineText.Import(text, options: Skip with { DefaultTimeZone = zone });
        var farWest = InlineText.Import(text, options: Skip with { DefaultTimeZone = west });

        Assert.Equal(3, east.Log!.EventCount + east.ProblemCount);
        Assert.Equal(3, farWest.Log!.EventCount + farWest.ProblemCount);
    }
}
