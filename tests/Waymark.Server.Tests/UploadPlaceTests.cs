using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Waymark.Server.Tests.ImportsClient;

namespace Waymark.Server.Tests;

/// <summary>
/// Every problem of an upload says where: the line, and the field by number and header name (the JSON member for
/// NDJSON), never a character offset called a column, never a null line. Each provider runs every test.
/// </summary>
public abstract class UploadPlaceTests : IDisposable
{
    private readonly WaymarkFactory _factory;

    protected UploadPlaceTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString);
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task ImportEvents_BadTimestampInTheSecondField_NamesLineFieldAndHeader()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = "Kunde;Zeit;Aktion\nc1;2026-11-01T10:00:00Z;Visited\nc2;not-a-date;Visited\n";

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=e.csv&customer=Kunde&activity=Aktion&timestamp=Zeit");

        var problem = (await OkAsync(response)).GetProperty("problems").EnumerateArray().Single();
        Assert.Equal((3L, 2, "Zeit"), (problem.GetProperty("line").GetInt64(), problem.GetProperty("field").GetInt32(), problem.GetProperty("column").GetString()));
        var reason = problem.GetProperty("reason").GetString()!;
        Assert.StartsWith("field 2 (Zeit): cannot read 'not-a-date' as a timestamp", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("column", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportEvents_NamesTheStoreCannotHold_RejectedWithLineAndField()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = $"customer_id,activity,timestamp,channel\nc1,Visited,2026-11-01T10:00:00Z,web\nc2,{new string('a', 201)},2026-11-01T10:00:00Z,web\n" +
            $"c3,Visited,2026-11-01T10:00:00Z,{new string('w', 201)}\n";
        var ndjson = """
            {"customer_id":"c4","activity":"Visited","timestamp":"2026-11-01T10:00:00Z"}
            {"customer_id":"c5\u0000","activity":"Visited","timestamp":"2026-11-01T10:00:00Z"}
            """;

        using var fromCsv = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=e.csv");
        using var fromNdjson = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(ndjson), "fileName=e.ndjson");

        var csvBody = await OkAsync(fromCsv);
        Assert.Equal((1L, 2L), (csvBody.GetProperty("imported").GetInt64(), csvBody.GetProperty("rejected").GetInt64()));
        var problems = csvBody.GetProperty("problems").EnumerateArray().ToArray();
        Assert.Equal([(3L, 2, "activity"), (4L, 4, "channel")],
            problems.Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("field").GetInt32(), p.GetProperty("column").GetString()!)));
        Assert.Contains("longer than 200 characters", problems[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var nul = (await OkAsync(fromNdjson)).GetProperty("problems").EnumerateArray().Single();
        Assert.Equal((2L, "customer_id"), (nul.GetProperty("line").GetInt64(), nul.GetProperty("column").GetString()));
        Assert.Contains("NUL", nul.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task PreviewEvents_NulOnTheThirdLine_NamesTheLine()
    {
        var ws = await NewWorkspaceAsync(Http);
        var text = "customer_id,activity,timestamp\nc1,A,2026-11-01T10:00:00Z\nc2,\u0000B,2026-11-01T10:00:00Z\n";

        using var response = await PreviewAsync(Http, ws, Encoding.UTF8.GetBytes(text), "fileName=e.csv&complete=true");

        Assert.StartsWith("Line 3 holds NUL characters", await RefusalDetailAsync(response, HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFeedback_BadTimeInTheSecondField_NamesLineFieldAndHeader()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = "Kunde;Zeit;Meinung\nk1;2026-11-01T10:00:00Z;gut\nk2;-9223372036854775808;schlecht\n";

        using var response = await FeedbackClient.UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=f.csv&customer=Kunde&time=Zeit&text=Meinung");

        var problem = (await OkAsync(response)).GetProperty("problems").EnumerateArray().Single();
        Assert.Equal((3L, 2, "Zeit"), (problem.GetProperty("line").GetInt64(), problem.GetProperty("field").GetInt32(), problem.GetProperty("column").GetString()));
        Assert.StartsWith("cannot read '-9223372036854775808' as a time", problem.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportEvents_HugeNumericTimestamps_AreBadRowsNotErrors()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = "customer_id,activity,timestamp\nc1,A,1700000000\nc2,A,-9223372036854775808\n";
        var ndjson = """
            {"customer_id":"c1","activity":"A","timestamp":1700000000}
            {"customer_id":"c2","activity":"A","timestamp":-9223372036854775808}
            """;

        using var fromCsv = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=e.csv");
        using var fromNdjson = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(ndjson), "fileName=e.ndjson");

        Assert.Equal((3L, 3), Place((await OkAsync(fromCsv)).GetProperty("problems")[0]));
        Assert.Equal("timestamp", (await OkAsync(fromNdjson)).GetProperty("problems")[0].GetProperty("column").GetString());
    }

    [Fact]
    public async Task ImportXes_CorruptGzipOrUtf32Mark_AnswersUnreadableNotAnError()
    {
        var ws = await NewWorkspaceAsync(Http);
        byte[] corrupt = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, .. Enumerable.Repeat((byte)0xFF, 64)];
        byte[] utf32Mark = [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF8.GetBytes("<log><trace></trace></log>")];

        using var gz = await UploadAsync(Http, ws, corrupt, "fileName=log.xes.gz");
        using var bom = await UploadAsync(Http, ws, utf32Mark, "fileName=log.xes");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, gz.StatusCode);
        Assert.Contains("Nothing was imported", await RefusalDetailAsync(bom, HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static (long Line, int Field) Place(JsonElement problem) => (problem.GetProperty("line").GetInt64(), problem.GetProperty("field").GetInt32());

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
