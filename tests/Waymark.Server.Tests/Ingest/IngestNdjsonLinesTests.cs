using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Waymark.Server.Tests.Ingest;

/// <summary>
/// An NDJSON body where plain lines (read by the fast reader) sit between lines it leaves to the full reader: every
/// line still answers alone, by its line, index, path and reason, and the plain ones are stored as they were sent.
/// </summary>
public sealed class IngestNdjsonLinesTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());
    private readonly HttpClient _http;

    public IngestNdjsonLinesTests() => _http = _factory.CreateClient();

    [Fact]
    public async Task Ingest_NdjsonPlainAndOddLines_EachAnsweredByLineAndPath()
    {
        var (_, key) = await IngestClient.CreateKeyAsync(_http);
        byte[] notUtf8 = [.. Encoding.UTF8.GetBytes("""{"customerId":"c4","timestamp":"2026-11-01T10:00:00Z","activity":"Vis"""), 0xFF, .. Line("""ited"}""")];
        var body = new List<byte[]>
        {
            Line("""{"customerId":"c1","timestamp":"2026-11-01T10:00:00.5+01:00","activity":"Visited","channel":"web"}"""),
            Line(""),
            Line("""{"customerId":"c2","timestamp":"2026-11-01T10:00:00Z","activity":"Visited" """), // cut short
            Line("""{"customerId":"c3","timestamp":"2026-11-01T10:00:00Z","activity":"Paid","n":1e400,"big":123456789012345678901234567890}"""),
            notUtf8,
            Line("""{"customerId":" c5 ","timestamp":"2026-11-01 10:00:00Z","activity":"Paid"}"""), // the full reader's trim and parse
            Line("""{"customerId":"c6","timestamp":"2026-02-30T10:00:00Z","activity":"Paid"}"""),
            Line("""{"customerId":12345678901234567890,"timestamp":"2026-11-01T10:00:00Z","activity":"Paid"}"""),
        };

        using var response = await PostAsync(key, [.. body.SelectMany(b => b)]);

        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var answer = await IngestClient.JsonAsync(response);
        Assert.Equal(3, answer.GetProperty("accepted").GetInt32());
        var rejected = answer.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("index").GetInt32(), r.GetProperty("path").GetString(), r.GetProperty("reason").GetString()!))
            .ToArray();
        Assert.Equal([(3, 1, "$"), (5, 3, "$.activity"), (7, 5, "$.timestamp"), (8, 6, "$.customerId")], rejected.Select(r => (r.Item1, r.Item2, r.Item3)));
        Assert.StartsWith("not valid JSON", rejected[0].Item4, StringComparison.Ordinal);
        Assert.StartsWith("activity is not valid Unicode text", rejected[1].Item4, StringComparison.Ordinal);
        Assert.StartsWith("timestamp must be an ISO 8601", rejected[2].Item4, StringComparison.Ordinal);
        Assert.Equal("customerId must be a string", rejected[3].Item4);
        var activities = await IngestClient.ActivitiesAsync(_http);
        Assert.Equal((1L, 1L), activities["Visited"]);
        Assert.Equal((2L, 2L), activities["Paid"]); // c3 and c5 (trimmed)
    }

    private static byte[] Line(string text) => Encoding.UTF8.GetBytes(text + "\n");

    private Task<HttpResponseMessage> PostAsync(string key, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var request = new HttpRequestMessage(HttpMethod.Post, IngestClient.Url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return _http.SendAsync(request);
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }
}
