using Waymark.Analytics.Import;
using Waymark.Analytics.Tests.Support;

namespace Waymark.Analytics.Tests.Import;

public sealed class OtherFormatTests
{
    private const string Xes = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
          <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
          <trace>
            <string key="concept:name" value="case-1"/>
            <string key="AMOUNT" value="5000"/>
            <event>
              <string key="concept:name" value="Apply"/>
              <string key="lifecycle:transition" value="START"/>
              <date key="time:timestamp" value="2024-01-01T10:00:00.000+01:00"/>
              <string key="org:resource" value="112"/>
            </event>
            <event>
              <string key="concept:name" value="Apply"/>
              <string key="lifecycle:transition" value="COMPLETE"/>
              <date key="time:timestamp" value="2024-01-01T10:05:00.000+01:00"/>
            </event>
          </trace>
        </log>
        """;

    [Fact]
    public void Import_Xes_ReadsTracesEventsAndTraceAttributes()
    {
        var log = InlineText.Import(Xes, ImportFormat.Xes).Log!;

        Assert.Equal((2, 1), (log.EventCount, log.CustomerCount));
        Assert.Equal("case-1", log.GetEvent(0).CustomerId);
        Assert.Equal("Apply", log.GetEvent(0).Activity);
        Assert.Equal("5000", log.Attributes.Get(0, "AMOUNT"));
        Assert.Equal("112", log.GetEvent(0).Properties["org:resource"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero), log.GetEvent(0).Timestamp);
    }

    [Fact]
    public void Import_XesJoiningLifecycle_KeepsTransitionsApart()
    {
        var log = InlineText.Import(Xes, ImportFormat.Xes, new ImportOptions { JoinLifecycle = true }).Log!;

        Assert.Equal(["Apply+START", "Apply+COMPLETE"], log.Activities.Names);
    }

    [Fact]
    public void Import_BrokenXes_IsFatalWithLineAndColumn()
    {
        var result = InlineText.Import(Xes[..(Xes.Length / 2)], ImportFormat.Xes);

        Assert.Null(result.Log);
        Assert.True(result.Problems[0].Line > 1);
    }

    [Fact]
    public void Import_XesBlankTraceNameOrActivity_BadRowsNamedLikeCsv()
    {
        var xes = """
            <log xes.version="1.0">
              <trace>
                <string key="concept:name" value="  "/>
                <event><string key="concept:name" value="Apply"/><date key="time:timestamp" value="2024-01-01T10:00:00Z"/></event>
              </trace>
              <trace>
                <string key="concept:name" value=" case-2 "/>
                <event><string key="concept:name" value=""/><date key="time:timestamp" value="2024-01-01T10:00:00Z"/></event>
                <event><string key="concept:name" value=" Approve "/><date key="time:timestamp" value="2024-01-01T11:00:00Z"/></event>
              </trace>
            </log>
            """;

        var result = InlineText.Import(xes, ImportFormat.Xes, new ImportOptions { OnError = OnError.Skip });

        Assert.Equal(["the customer id is missing or empty", "the activity is missing or empty"], result.Problems.Select(p => p.Reason).Order(StringComparer.Ordinal).Reverse());
        Assert.All(result.Problems, p => Assert.Equal("concept:name", p.FieldName));
        Assert.Equal((1, 1), (result.Log!.EventCount, result.Log.CustomerCount));
        Assert.Equal(("case-2", "Approve"), (result.Log.GetEvent(0).CustomerId, result.Log.GetEvent(0).Activity));
    }

    [Fact]
    public void Import_Ndjson_ReadsRecognisedMembersPropertiesAndAttributes()
    {
        var text = InlineText.Lines(
            """{"customer_id":"c1","activity":"Visit","timestamp":"2024-01-01T10:00:00Z","channel":"web","page":"/home","attributes":{"plan":"pro"}}""",
            """{"user_id":"c1","event":"Buy","ts":1704106800,"properties":{"amount":12.5}}""");

        var log = InlineText.Import(text, ImportFormat.Ndjson).Log!;

        Assert.Equal(2, log.EventCount);
        Assert.Equal("/home", log.GetEvent(0).Properties["page"]);
        Assert.Equal("12.5", log.GetEvent(1).Properties["amount"]);
        Assert.Equal("pro", log.Attributes.Get(0, "plan"));
        Assert.Equal("web", log.GetEvent(0).Channel);
    }

    [Fact]
    public void Import_BadNdjsonLine_NamesTheLine()
    {
        var result = InlineText.Import(InlineText.Lines("""{"customer_id":"c1","activity":"A","timestamp":1}""", "{not json"), ImportFormat.Ndjson);

        Assert.Null(result.Log);
        Assert.Equal(2, result.Problems[0].Line);
    }

    [Fact]
    public void Import_Sequences_UseOrderForTimeAndNamesFromTheHeader()
    {
        var text = InlineText.Lines("% categories:", "", "home news sports", "", "% sequences:", "1 2 2", "3", "2 1");

        var log = InlineText.Import(text, ImportFormat.Sequence).Log!;

        Assert.Equal((3, 6), (log.CustomerCount, log.EventCount));
        Assert.False(log.HasTimestamps);
        Assert.Equal(["home", "news", "news"], Enumerable.Range(0, 3).Select(i => log.GetEvent(i).Activity));
    }

    [Fact]
    public void FormatOf_Extensions_PickTheFormat()
    {
        Assert.Equal(ImportFormat.Xes, EventImporter.FormatOf("a/b.xes.gz"));
        Assert.Equal(ImportFormat.Sequence, EventImporter.FormatOf("msnbc990928.seq.gz"));
        Assert.Equal(ImportFormat.Ndjson, EventImporter.FormatOf("events.jsonl"));
        Assert.Equal(ImportFormat.Csv, EventImporter.FormatOf("events.tsv"));
    }
}
