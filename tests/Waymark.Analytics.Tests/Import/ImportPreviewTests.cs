using Waymark.Analytics.Import;

namespace Waymark.Analytics.Tests.Import;

public sealed class ImportPreviewTests
{
    [Fact]
    public void Preview_CsvStartCutMidLine_LeavesTheCutLineOutAndGuessesRoles()
    {
        var text = "\uFEFFuser_id;event_name;ts;source;plan\nu1;Visited;2026-11-01T10:00:00Z;web;free\nu2;\"Bought; twice\";2026-11-01T11:00:00Z;app;pro\nu3;Vis";

        var preview = EventImporter.Preview(text, ImportFormat.Csv, complete: false);

        Assert.Equal(';', preview.Delimiter);
        Assert.Equal(["user_id", "event_name", "ts", "source", "plan"], preview.Columns);
        Assert.Equal(2, preview.Rows.Count);
        Assert.Equal("Bought; twice", preview.Rows[1][1]);
        Assert.Equal(("user_id", "event_name", "ts", "source"), (preview.Customer, preview.Activity, preview.Timestamp, preview.Channel));
        Assert.Empty(preview.Notes);
    }

    [Fact]
    public void Preview_CsvWithUnknownHeaders_LeavesTheRolesOpenWithoutANote()
    {
        var preview = EventImporter.Preview("Kunde,Aktion,Zeit\nc1,Visited,2026-11-01\n", ImportFormat.Csv);

        Assert.Null(preview.Customer);
        Assert.Null(preview.Activity);
        Assert.Null(preview.Timestamp);
        Assert.Empty(preview.Notes); // what the mapping lacks is said from the mapping itself, so it never goes stale
    }

    [Fact]
    public void Preview_CsvMoreRowsThanAsked_StopsAtTheLimit()
    {
        var text = "customer,activity,timestamp\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"c{i},A,2026-11-01\n"));

        Assert.Equal(20, EventImporter.Preview(text, ImportFormat.Csv).Rows.Count);
    }

    [Fact]
    public void Preview_Ndjson_UnionOfMembersAsColumnsAndBadLinesNoted()
    {
        var text = "{\"customer_id\":\"c1\",\"activity\":\"Visited\",\"timestamp\":\"2026-11-01T10:00:00Z\"}\nnot json\n{\"customer_id\":\"c2\",\"activity\":\"Bought\",\"timestamp\":1700000000,\"channel\":\"web\"}\n";

        var preview = EventImporter.Preview(text, ImportFormat.Ndjson);

        Assert.Equal(["customer_id", "activity", "timestamp", "channel"], preview.Columns);
        Assert.Equal(["c2", "Bought", "1700000000", "web"], preview.Rows[1]);
        Assert.Equal("channel", preview.Channel);
        Assert.Contains(preview.Notes, n => n.StartsWith("Line 2 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Preview_XesCutShort_ShowsTheEventsReadWithTheirTrace()
    {
        var text = """
            <log><trace><string key="concept:name" value="case-1"/>
            <event><string key="concept:name" value="Register"/><date key="time:timestamp" value="2026-11-01T10:00:00Z"/><string key="org:resource" value="Ann"/></event>
            <event><string key="concept:name" value="Appro
            """;

        var preview = EventImporter.Preview(text, ImportFormat.Xes, complete: false);

        Assert.Equal(ImportFormat.Xes, preview.Format);
        Assert.Equal(["case:concept:name", "concept:name", "time:timestamp", "org:resource"], preview.Columns);
        Assert.Equal(["case-1", "Register", "2026-11-01T10:00:00Z", "Ann"], preview.Rows[0]);
        Assert.Equal("case:concept:name", preview.Customer);
    }
}
