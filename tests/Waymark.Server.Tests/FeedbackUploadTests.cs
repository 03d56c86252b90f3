using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Waymark.Server.Tests.FeedbackClient;

namespace Waymark.Server.Tests;

/// <summary>Uploading feedback files (preview and import); each provider runs every test.</summary>
public abstract class FeedbackUploadTests : IDisposable
{
    private const string Csv = """"
        customer_id,submitted_at,review,rating,channel,plan
        c1,2026-11-01T10:00:00Z,"Loved the templates, ""really""",5,review,pro
        c2,2026-11-02 09:00:00,,4,review,
        c3,last tuesday,Slow import,2,review,free
        c4,2026-11-03T12:00:00+01:00,Support was quick,9,survey,free
        c5,2026-11-04T12:00:00Z,Meh,3,pigeon,free
        """";

    private readonly WaymarkFactory _factory;

    protected FeedbackUploadTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, new Dictionary<string, string>
        {
            ["Imports:MaxRows"] = "1000",
            ["Imports:MaxUploadBytes"] = "2097152",
        });
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task Import_CsvWithBadRows_StoresGoodRowsAndReportsBadOnesByLineAndColumn()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Csv), "fileName=reviews.csv&scoreType=score_kind");
        using var typed = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Csv.Replace("rating", "csat", StringComparison.Ordinal)), "fileName=reviews.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode); // the explicit column is not in the file
        Assert.Contains("no column 'score_kind'", (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        var body = await typed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2L, 0L, 3L), (body.GetProperty("imported").GetInt64(), body.GetProperty("duplicates").GetInt64(), body.GetProperty("rejected").GetInt64()));
        var problems = body.GetProperty("problems").EnumerateArray().ToArray();
        Assert.Equal([4L, 5L, 6L], problems.Select(p => p.GetProperty("line").GetInt64()));
        Assert.Equal(["submitted_at", "csat", "channel"], problems.Select(p => p.GetProperty("column").GetString()));
        Assert.Contains("out of range for CSAT (1-5)", problems[1].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains("use one of survey, review", problems[2].GetProperty("problem").GetString(), StringComparison.Ordinal);
        var items = (await ListAsync(Http, ws)).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["c2", "c1"], items.Select(i => i.GetProperty("customerId").GetString()));
        Assert.Equal(("csat", 5.0, "Loved the templates, \"really\"", "review"), (items[1].GetProperty("scoreType").GetString(),
            items[1].GetProperty("score").GetDouble(), items[1].GetProperty("text").GetString(), items[1].GetProperty("source").GetString()));
    }

    [Theory]
    [InlineData("Asia/Kolkata", 4, 30)]
    [InlineData("America/Argentina/Buenos_Aires", 13, 0)]
    [InlineData("Etc/GMT+5", 15, 0)]
    public async Task Import_AnyIanaTimeZone_ReadsTimesWithoutOffsetInIt(string zone, int utcHour, int utcMinute)
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var csv = "customer_id,time,text\nc1,2026-11-01 10:00:00,Local time\nc2,2026-11-01T10:00:00Z,Has its offset\n";

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=local.csv&timeZone=" + Uri.EscapeDataString(zone));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await ListAsync(Http, ws)).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("customerId").GetString()!);
        Assert.Equal(new DateTime(2026, 11, 1, utcHour, utcMinute, 0, DateTimeKind.Utc), items["c1"].GetProperty("time").GetDateTime().ToUniversalTime());
        Assert.Equal(new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc), items["c2"].GetProperty("time").GetDateTime().ToUniversalTime());
    }

    [Theory]
    [InlineData("Mars/Olympus", "Unknown time zone 'Mars/Olympus'")]
    [InlineData("W. Europe Standard Time", "use an IANA id such as Europe/Berlin")]
    [InlineData("../../etc/passwd", "Unknown time zone")]
    public async Task Upload_NotAnIanaTimeZone_ValidationProblemNamesTheField(string zone, string expected)
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes("time,text\n2026-11-01 10:00,Hi\n"),
            "fileName=x.csv&timeZone=" + Uri.EscapeDataString(zone));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "timeZone"), m => m.Contains(expected, StringComparison.Ordinal));
        Assert.Empty((await ListAsync(Http, ws)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Import_SameFileAgain_AllDuplicates()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var file = Encoding.UTF8.GetBytes("""
            {"customerId":"c1","time":"2026-11-01T10:00:00Z","text":"Import failed twice","source":"chat"}
            {"customerId":"c2","time":"2026-11-01T11:00:00Z","nps":10}
            """);

        using var first = await UploadAsync(Http, ws, file, "fileName=chats.ndjson");
        using var again = await UploadAsync(Http, ws, ImportsClient.Gzip(file), "fileName=chats.ndjson.gz");

        var (a, b) = (await first.Content.ReadFromJsonAsync<JsonElement>(), await again.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal((2L, 0L), (a.GetProperty("imported").GetInt64(), a.GetProperty("duplicates").GetInt64()));
        Assert.Equal((0L, 2L), (b.GetProperty("imported").GetInt64(), b.GetProperty("duplicates").GetInt64()));
        Assert.Equal(2, await ItemCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_ExplicitMappingAndTsv_UsesTheGivenColumns()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var tsv = "Kunde\tZeit\tMeinung\tNote\tArt\nk1\t2026-11-01T10:00:00Z\tSehr gut\t9\tnps\n";
        var untyped = "Kunde\tZeit\tMeinung\tNote\nk2\t2026-11-01T10:00:00Z\tGut\t4\n";

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(tsv),
            "fileName=umfrage.tsv&customer=Kunde&time=Zeit&text=Meinung&score=Note&scoreType=Art");
        using var fallback = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(untyped),
            "fileName=umfrage.tsv&customer=Kunde&time=Zeit&text=Meinung&score=Note&defaultScoreType=csat");
        using var unknown = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(untyped), "fileName=umfrage.tsv&defaultScoreType=stars");

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt64());
        Assert.Equal(1, (await fallback.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt64());
        Assert.True((await ApiClient.ProblemAsync(unknown)).GetProperty("errors").TryGetProperty("defaultScoreType", out _));
        var item = (await ListAsync(Http, ws)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("customerId").GetString() == "k1");
        Assert.Equal(("k1", "nps", 9.0, "Sehr gut"), (item.GetProperty("customerId").GetString(), item.GetProperty("scoreType").GetString(),
            item.GetProperty("score").GetDouble(), item.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Import_Latin1_RefusedWithLineAndNothingStored()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var latin1 = Encoding.Latin1.GetBytes("customer,time,text\nc1,2026-11-01,fine\nc2,2026-11-01,très lent\n");

        using var response = await UploadAsync(Http, ws, latin1, "fileName=avis.csv");

        var problem = await ImportsClient.RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Line 3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, problem.GetProperty("problems")[0].GetProperty("line").GetInt64());
        Assert.Equal(0, await ItemCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_HostileRows_HugeTextRejectedByLineMarkupKeptNulRefusesTheFile()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var csv = "time,text\n2026-11-01,<b onclick=x()>hi</b>\n2026-11-01," + new string('z', 20_001) + "\n2026-11-01,مرحبا 👋🏾\n";
        var nul = "time,text\n2026-11-01,fine\n2026-11-01,a\u0000b\n";

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=x.csv");
        using var refused = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(nul), "fileName=nul.csv");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2L, 1L), (body.GetProperty("imported").GetInt64(), body.GetProperty("rejected").GetInt64()));
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.Equal((3L, "text"), (problem.GetProperty("line").GetInt64(), problem.GetProperty("column").GetString()));
        var texts = (await ListAsync(Http, ws)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains("<b onclick=x()>hi</b>", texts);
        Assert.Contains("مرحبا 👋🏾", texts);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(3, (await ApiClient.ProblemAsync(refused)).GetProperty("problems")[0].GetProperty("line").GetInt64());
        Assert.Equal(2, await ItemCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_OverRowLimitOrXes_Refused()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var rows = string.Concat(Enumerable.Range(0, 1001).Select(i => $"2026-11-01,text {i}\n"));

        using var many = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes("time,text\n" + rows), "fileName=big.csv");
        using var xes = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes("<log/>"), "fileName=log.xes");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, many.StatusCode);
        Assert.Equal("Imports:MaxRows", (await ApiClient.ProblemAsync(many)).GetProperty("setting").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, xes.StatusCode);
        Assert.Equal(0, await ItemCountAsync(Http, ws));
    }

    [Fact]
    public async Task Preview_Csv_GuessesTheColumns()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);

        using var response = await FeedbackClient.PreviewAsync(Http, ws, Encoding.UTF8.GetBytes(Csv[..(Csv.IndexOf("c2,", StringComparison.Ordinal) + 8)]), "fileName=reviews.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var mapping = body.GetProperty("mapping");
        Assert.Equal(("customer_id", "submitted_at", "review", "rating", "channel"), (mapping.GetProperty("customer").GetString(),
            mapping.GetProperty("time").GetString(), mapping.GetProperty("text").GetString(), mapping.GetProperty("score").GetString(),
            mapping.GetProperty("source").GetString()));
        Assert.Equal("csv", body.GetProperty("format").GetString());
        Assert.Equal(1, body.GetProperty("rows").GetArrayLength()); // the cut last line is left out
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
