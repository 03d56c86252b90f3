using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Tests;

/// <summary>Small helpers over HttpClient for the map API, so tests read as what they check.</summary>
internal static class ApiClient
{
    public const string Workspace = "demo";

    public static string MapUrl(string id) => $"/api/workspaces/{Workspace}/maps/{id}";

    public static async Task<(JourneyMap Map, string Json, string ETag)> GetMapAsync(HttpClient http, string id)
    {
        using var response = await http.GetAsync(MapUrl(id));
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync();
        var read = MapSerializer.Read(json, MapFormat.Json);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        return (read.Map!, json, response.Headers.ETag!.Tag);
    }

    /// <summary>A map from a template, bound to the workspace's default source (a template's map reads none unless told).</summary>
    public static async Task<string> CreateFromTemplateAsync(HttpClient http, string template = "saas-trial")
    {
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{Workspace}/maps",
            new { templateId = template, sourceId = EventSources.DefaultKey(Workspace).SourceId });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> PutAsync(HttpClient http, string id, string body, string? etag, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, MapUrl(id))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return http.SendAsync(request);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>The messages under errors[path] of a validation problem.</summary>
    public static string[] ErrorsAt(JsonElement problem, string path) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(path, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];
}
