using System.Net;
using System.Text.Json;

namespace Waymark.Server.Tests;

/// <summary>
/// An ingestion body that cannot be read as a whole (not JSON, not an array of items) is refused with the place:
/// the JSON path of where reading stopped and its line, so the sender can find it in a large batch.
/// </summary>
public sealed class IngestUnreadableTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());
    private readonly HttpClient _http;

    public IngestUnreadableTests() => _http = _factory.CreateClient();

    [Theory]
    [InlineData(IngestClient.Url, "[\n  {\"customerId\": \"c1\"},\n  {\"customerId\": oops}\n]", "$[1].customerId", 3)]
    [InlineData(FeedbackClient.Url, "{\"feedback\": [\n  {\"text\": \"fine\"\n", "$.feedback[0]", 3)]
    [InlineData(IngestClient.Url, "5", "$", null)]
    [InlineData(IngestClient.Url, "{\"events\": []}", "$", null)]
    [InlineData(FeedbackClient.Url, "{\"feedback\": \"none\"}", "$.feedback", null)]
    public async Task Ingest_UnreadableBody_400NamesPathAndLine(string url, string body, string path, int? line)
    {
        var (_, key) = await IngestClient.CreateKeyAsync(_http);

        using var response = url == IngestClient.Url ? await IngestClient.PostAsync(_http, key, body) : await FeedbackClient.PostAsync(_http, key, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Equal(path, problem.GetProperty("path").GetString());
        Assert.Equal(line, problem.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null);
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }
}
