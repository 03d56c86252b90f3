using System.Net.Http.Headers;
using System.Text;

namespace Waymark.Server.Tests;

/// <summary>
/// The requests a page on another site can make the user's browser send without a preflight (a text/plain, urlencoded
/// or multipart form post, a no-cors fetch with a typeless or empty body), one per way the audit planted data.
/// </summary>
internal static class CrossSiteRequests
{
    public const string EventsCsv = "customer_id,activity,timestamp\nplanted,Planted,2026-11-01T10:00:00Z\n";
    public const string FeedbackCsv = "customer_id,submitted_at,review,csat\nplanted,2026-11-01T10:00:00Z,Planted,5\n";
    public const string Segment = """{"name": "Planted", "conditions": {"did": ["Planted"]}}""";
    public const string Persona = """{"schemaVersion": 1, "id": "per-planted", "name": "Planted"}""";

    /// <summary>Each request by what it tries; <paramref name="mapJson"/> is a map document, <paramref name="mapId"/> a map of the workspace.</summary>
    public static IReadOnlyList<(string Name, Func<HttpRequestMessage> Build)> All(string workspace, string mapId, string mapJson)
    {
        var ws = $"/api/workspaces/{workspace}";
        return
        [
            ("events as a text/plain form", () => Post($"{ws}/imports?fileName=e.csv", Text(EventsCsv))),
            ("events as a multipart form", () => Post($"{ws}/imports?fileName=e.csv", Multipart(EventsCsv))),
            ("events as a typeless body", () => Post($"{ws}/imports?fileName=e.csv", Typeless(EventsCsv))),
            ("feedback upload as a text/plain form", () => Post($"{ws}/feedback/imports?fileName=f.csv", Text(FeedbackCsv))),
            ("feedback upload as a multipart form", () => Post($"{ws}/feedback/imports?fileName=f.csv", Multipart(FeedbackCsv))),
            ("segment as a text/plain form", () => Post($"{ws}/segments", Text(Segment))),
            ("segment as a typeless body", () => Post($"{ws}/segments", Typeless(Segment))),
            ("map import as a text/plain form", () => Post($"{ws}/maps/import", Text(mapJson))),
            ("map import as a typeless body", () => Post($"{ws}/maps/import", Typeless(mapJson))),
            ("persona as a text/plain form", () => Post($"{ws}/personas", Text(Persona))),
            ("duplicate with an empty body", () => Post($"{ws}/maps/{mapId}/duplicate", null)),
            ("draft with an empty body", () => Post($"{ws}/maps/draft-from-data", null)),
            ("api key as a text/plain form", () => Post($"{ws}/api-keys", Text("""{"name": "Planted"}"""))),
            ("api key as a urlencoded form", () => Post($"{ws}/api-keys", new FormUrlEncodedContent([new("name", "Planted")]))),
            ("workspace as a text/plain form", () => Post("/api/workspaces", Text("""{"name": "Planted"}"""))),
        ];
    }

    /// <summary>What a browser adds to a form post or fetch from a page on http://evil.example:8080.</summary>
    public static HttpRequestMessage FromEvilPage(this HttpRequestMessage request)
    {
        request.Headers.Add("Origin", "http://evil.example:8080");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Sec-Fetch-Mode", "no-cors");
        return request;
    }

    public static StringContent Text(string body) => new(body, Encoding.UTF8, "text/plain");

    public static ByteArrayContent Typeless(string body) => new(Encoding.UTF8.GetBytes(body));

    public static MultipartFormDataContent Multipart(string file)
    {
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(file));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { part, "file", "data.csv" } };
    }

    private static HttpRequestMessage Post(string url, HttpContent? content) => new(HttpMethod.Post, url) { Content = content };
}
