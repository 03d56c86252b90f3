using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;

namespace Waymark.Analytics.Tests.Feedback;

/// <summary>Feedback input that used to throw out of the reader, and bad rows that must name their line and field.</summary>
public sealed class FeedbackInvalidInputTests
{
    private static readonly FeedbackReadOptions Ndjson = new() { Format = ImportFormat.Ndjson };

    [Theory]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    [InlineData("99999999999999999999")]
    public void Read_NumericTimeOutsideTheDates_IsABadRowNamingTheField(string time)
    {
        var csv = Rows($"customer,time,text\nc1,{time},fine\n");
        var ndjson = Rows($$"""{"time":{{time}},"text":"fine"}""", Ndjson);

        Assert.Equal((2L, "time", 2), (csv[0].Problem!.Line, csv[0].Problem!.Column, csv[0].Problem!.Field));
        Assert.StartsWith($"cannot read '{time}' as a time", csv[0].Problem!.Problem, StringComparison.Ordinal);
        Assert.Equal("time", ndjson[0].Problem!.Column);
    }

    [Fact]
    public void Read_CsvBadField_NamesTheFieldByNumberAndHeader()
    {
        var rows = Rows("Kunde;Zeit;Meinung\nk1;2026-11-01T10:00:00Z;gut\nk2;gestern;schlecht\n",
            new FeedbackReadOptions { Columns = new FeedbackColumns { Customer = "Kunde", Time = "Zeit", Text = "Meinung" } });

        var problem = rows[1].Problem!;
        Assert.Equal((3L, 2, "Zeit"), (problem.Line, problem.Field, problem.Column));
        Assert.StartsWith("line 3, field 2 (Zeit): cannot read 'gestern' as a time", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NdjsonWithLoneSurrogates_RowsRejectedNamingTheMember()
    {
        var rows = Rows("""
            {"time":"2026-11-01T10:00:00Z","text":"fine","properties":{"k":"fine"}}
            {"time":"2026-11-01T10:00:00Z","text":"fine","properties":{"k":"\udc00"}}
            {"time":"2026-11-01T10:00:00Z","text":"fine","properties":{"\ud800":1}}
            {"time":"2026-11-01T10:00:00Z","text":"fine","\ud800":1}
            {"time":"2026-11-01T10:00:00Z","text":"half \ud83d"}
            """, Ndjson);

        Assert.NotNull(rows[0].Item);
        Assert.Equal(["properties.k", """properties["\ud800"]""", """["\ud800"]""", "text"], rows.Skip(1).Select(r => r.Problem!.Column));
        Assert.All(rows.Skip(1), r => Assert.Contains("is not valid Unicode text", r.Problem!.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Preview_NdjsonWithLoneSurrogates_ShowsTheRowAndNotesTheLine()
    {
        var preview = FeedbackImporter.Preview("""
            {"time":"2026-11-01T10:00:00Z","text":"fine"}
            {"time":"2026-11-01T10:00:00Z","text":"bad \udc00","\ud800":1}
            """, ImportFormat.Ndjson);

        Assert.Equal(2, preview.Rows.Count);
        Assert.Contains(preview.Notes, n => n.StartsWith("Line 2: text is not valid Unicode text", StringComparison.Ordinal));
    }

    private static List<FeedbackRow> Rows(string text, FeedbackReadOptions options = default) =>
        FeedbackImporter.Read(new StringReader(text), options).ToList();
}
