using System.Text.Json;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;

namespace Waymark.Analytics.Tests.Feedback;

public sealed class FeedbackImporterTests
{
    private static readonly long Nov1 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [Fact]
    public void Read_CsvWithKnownHeaders_ReadsEveryFieldAndKeepsOtherColumnsAsProperties()
    {
        const string csv = """
            customer_id,timestamp,comment,rating,score_type,channel,step,activity,solicited,lang,id,agent
            c1,2026-11-01T10:00:00Z,"Import was slow, ""really"" slow",2,csat,chat,stp-import,data_imported,no,en,f1,Ana
            c2,2026-11-01 10:00:00,,9,nps,,,,,,,
            """;

        var rows = Rows(csv);

        Assert.All(rows, r => Assert.Null(r.Problem));
        Assert.Equal(new FeedbackItem("f1", "c1", Nov1, "stp-import", "data_imported", ScoreType.Csat, 2, "Import was slow, \"really\" slow",
            FeedbackSource.Chat, false, "en", """{"agent":"Ana"}"""), rows[0].Item);
        Assert.Equal(new FeedbackItem("", "c2", Nov1, null, null, ScoreType.Nps, 9, null, FeedbackSource.Survey, true, null, null), rows[1].Item);
        Assert.Equal([2L, 3L], rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_ScoreColumnNamedAfterType_TakesTheTypeFromTheHeader()
    {
        var rows = Rows("user_id\tdate\tnps\tmessage\nc1\t2026-11-01T10:00:00Z\t7\tfine\n", new FeedbackReadOptions { Delimiter = '\t' });

        Assert.Equal((ScoreType.Nps, (double?)7, "fine"), (rows[0].Item!.ScoreType, rows[0].Item!.Score, rows[0].Item!.Text));
    }

    [Theory]
    [InlineData("c1,2026-11-01,11,nps,survey,ok", "score", "the score 11 is out of range for NPS (0-10)")]
    [InlineData("c1,2026-11-01,7.5,nps,survey,ok", "score", "not a whole number")]
    [InlineData("c1,2026-11-01,0,csat,survey,ok", "score", "out of range for CSAT (1-5)")]
    [InlineData("c1,2026-11-01,8,ces,survey,ok", "score", "out of range for CES (1-7)")]
    [InlineData("c1,2026-11-01,3,stars,survey,ok", "score_type", "unknown score type 'stars': use one of nps, csat, ces, rating")]
    [InlineData("c1,2026-11-01,3,rating,tweet,ok", "source", "unknown source 'tweet': use one of survey, review, chat, call, social, email, other")]
    [InlineData("c1,yesterday,3,rating,review,ok", "time", "cannot read 'yesterday' as a time")]
    [InlineData("c1,,3,rating,review,ok", "time", "the time is empty")]
    [InlineData("c1,2026-11-01,,,review,", "text", "neither a text nor a score")]
    [InlineData("c1,2026-11-01,x,rating,review,ok", "score", "cannot read 'x' as a score")]
    [InlineData("c1,2026-11-01,4,,review,ok", "score_type", "has no score type")]
    public void Read_BadRow_NamesLineColumnAndWhy(string row, string column, string why)
    {
        var rows = Rows("customer,time,score,score_type,source,text\nc0,2026-11-01,5,rating,review,fine\n" + row + "\n");

        Assert.NotNull(rows[0].Item);
        var problem = rows[1].Problem!;
        Assert.Equal((3L, column), (problem.Line, problem.Column));
        Assert.Contains(why, problem.Problem, StringComparison.Ordinal);
        Assert.False(rows[1].Fatal);
    }

    [Fact]
    public void Read_HostileText_StoresMarkupScriptsAndEmojiAsTextButRefusesNulAndHugeText()
    {
        var huge = new string('a', FeedbackRules.MaxTextLength + 1);
        var ndjson = string.Join("\n",
            Json(new { time = "2026-11-01T10:00:00Z", text = "<script>alert(1)</script>" }),
            Json(new { time = "2026-11-01T10:00:00Z", text = "Отлично 很好 ممتاز 🎉🎉🎉👍🏽" }),
            Json(new { time = "2026-11-01T10:00:00Z", text = "a\u0000b" }),
            Json(new { time = "2026-11-01T10:00:00Z", text = huge }),
            Json(new { time = "2026-11-01T10:00:00Z", text = "  " + new string('b', FeedbackRules.MaxTextLength) + "  " }));

        var rows = Rows(ndjson, new FeedbackReadOptions { Format = ImportFormat.Ndjson });

        Assert.Equal("<script>alert(1)</script>", rows[0].Item!.Text);
        Assert.Equal("Отлично 很好 ممتاز 🎉🎉🎉👍🏽", rows[1].Item!.Text);
        Assert.Equal(("text", 3L), (rows[2].Problem!.Column, rows[2].Problem!.Line));
        Assert.Contains("NUL", rows[2].Problem!.Problem, StringComparison.Ordinal);
        Assert.Contains("20,000", rows[3].Problem!.Problem, StringComparison.Ordinal);
        Assert.Equal(FeedbackRules.MaxTextLength, rows[4].Item!.Text!.Length);
    }

    [Fact]
    public void Read_NdjsonNumbersBooleansAndProperties_AreRead()
    {
        var rows = Rows("""
            {"customerId":"c1","time":"2026-11-01T10:00:00Z","score":4,"scoreType":"csat","solicited":false,"properties":{"plan":"pro"}}
            not json
            {"customerId":"c1","time":"2026-11-01T10:00:00Z","score":4,"scoreType":"csat","properties":{"seats":3}}
            """, new FeedbackReadOptions { Format = ImportFormat.Ndjson });

        Assert.Equal((4.0, false, """{"plan":"pro"}"""), (rows[0].Item!.Score!.Value, rows[0].Item!.Solicited, rows[0].Item!.Properties));
        Assert.StartsWith("not valid JSON", rows[1].Problem!.Problem, StringComparison.Ordinal);
        Assert.Equal(("properties", "properties.seats must be a string"), (rows[2].Problem!.Column, rows[2].Problem!.Problem));
    }

    [Fact]
    public void Read_ExplicitMapping_UsesTheGivenColumnsAndRefusesAMissingOne()
    {
        var columns = new FeedbackColumns { Customer = "Kunde", Time = "Zeit", Text = "Meinung" };
        var good = Rows("Kunde;Zeit;Meinung\nk1;2026-11-01T10:00:00Z;gut\n", new FeedbackReadOptions { Columns = columns });
        var bad = Rows("Kunde;Datum;Meinung\nk1;2026-11-01T10:00:00Z;gut\n", new FeedbackReadOptions { Columns = columns });

        Assert.Equal(("k1", "gut"), (good[0].Item!.CustomerId, good[0].Item!.Text));
        var fatal = Assert.Single(bad);
        Assert.True(fatal.Fatal);
        Assert.Contains("no column 'Zeit'", fatal.Problem!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutTimeOrText_IsFatal()
    {
        var noTime = Assert.Single(Rows("customer,text\nc1,hi\n"));
        var noText = Assert.Single(Rows("customer,time\nc1,2026-11-01\n"));

        Assert.True(noTime.Fatal && noText.Fatal);
        Assert.StartsWith("no time column", noTime.Problem!.Problem, StringComparison.Ordinal);
        Assert.StartsWith("no text or score column", noText.Problem!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ApiNames_ReadsExactlyThoseMembers()
    {
        using var doc = JsonDocument.Parse("""{"id":"x","customerId":"c1","time":"2026-11-01T10:00:00Z","comment":"ignored","text":"hi","rating":4}""");

        var (item, _, problem) = FeedbackImporter.FromJson(doc.RootElement, FeedbackColumns.Api);

        Assert.Null(problem);
        Assert.Equal(("x", "hi", (double?)null), (item!.Id, item.Text, item.Score));
    }

    [Fact]
    public void Preview_Csv_GuessesEveryKnownColumn()
    {
        var preview = FeedbackImporter.Preview("Customer ID,created_at,Review,Stars,channel\nc1,2026-11-01,ok,4,review\n", ImportFormat.Csv);

        Assert.Equal((null, "created_at", "Review", "Stars", "channel"),
            (preview.Mapping.Customer, preview.Mapping.Time, preview.Mapping.Text, preview.Mapping.Score, preview.Mapping.Source));
        Assert.Single(preview.Rows);
    }

    [Fact]
    public void Preview_NoRecognisedTimeColumn_LeavesTimeOpenWithoutANote()
    {
        var preview = FeedbackImporter.Preview("Kunde,Eingang,Kommentar\nc1,2026-11-01 10:00,ok\n", ImportFormat.Csv);

        Assert.Null(preview.Mapping.Time);
        Assert.Null(preview.Mapping.Text);
        // No "no time column" note: it would stay on screen after the person mapped Time (issue 14, edge 7).
        Assert.Empty(preview.Notes);
    }

    private static List<FeedbackRow> Rows(string text, FeedbackReadOptions options = default) =>
        FeedbackImporter.Read(new StringReader(text), options).ToList();

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
