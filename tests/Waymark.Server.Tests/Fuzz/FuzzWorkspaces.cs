using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>Sets up the fuzz workspaces: the bystander full of data, the target's key, map, persona and segment.</summary>
internal static class FuzzWorkspaces
{
    public static async Task<string> CreateAsync(HttpClient http, string name)
    {
        using var response = await http.PostAsJsonAsync("/api/workspaces", new { name = $"Fuzz {name}" });
        return (await Ok(response)).GetProperty("id").GetString()!;
    }

    /// <summary>Maps (imported and from a template), a persona, a segment, events and feedback from files and from the API.</summary>
    public static async Task SeedAsync(HttpClient http, string workspace)
    {
        var root = $"/api/workspaces/{workspace}";
        await Send(http, HttpMethod.Post, $"{root}/maps/import", DocumentSeeds.MapsJson[0].Bytes, "application/json");
        await Send(http, HttpMethod.Post, $"{root}/maps/import", DocumentSeeds.MapsYaml[0].Bytes, "application/yaml");
        await Send(http, HttpMethod.Post, $"{root}/maps", DocumentSeeds.MapCreateRequests[1].Bytes, "application/json");
        await Send(http, HttpMethod.Post, $"{root}/personas", DocumentSeeds.Personas[0].Bytes, "application/json");
        await Send(http, HttpMethod.Post, $"{root}/segments", DocumentSeeds.Segments[0].Bytes, "application/json");
        await Send(http, HttpMethod.Post, $"{root}/imports?fileName=events.csv", EventSeeds.Csv[0].Bytes, "text/csv");
        await Send(http, HttpMethod.Post, $"{root}/imports?fileName=log.xes.gz", GzipMutations.Pack(EventSeeds.Xes[0].Bytes), "application/gzip");
        await Send(http, HttpMethod.Post, $"{root}/feedback/imports?fileName=reviews.csv", FeedbackSeeds.Csv[0].Bytes, "text/csv");
        var key = await KeyAsync(http, workspace);
        foreach (var (what, seed) in new[] { ("events", IngestSeeds.Json[0]), ("feedback", FeedbackSeeds.IngestJson[0]) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ingest/{what}") { Content = Body(seed.Bytes, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request);
            await Ok(response);
        }
    }

    public static async Task<string> KeyAsync(HttpClient http, string workspace)
    {
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{workspace}/api-keys", new { name = "fuzz" });
        return (await Ok(response)).GetProperty("key").GetString()!;
    }

    public static async Task<(string Id, string ETag)> MapAsync(HttpClient http, string workspace)
    {
        using var response = await Send(http, HttpMethod.Post, $"/api/workspaces/{workspace}/maps", DocumentSeeds.MapCreateRequests[1].Bytes, "application/json");
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, response.Headers.ETag!.Tag);
    }

    public static async Task<(string Id, string ETag)> PersonaAsync(HttpClient http, string workspace)
    {
        using var response = await Send(http, HttpMethod.Post, $"/api/workspaces/{workspace}/personas", DocumentSeeds.Personas[1].Bytes, "application/json");
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, response.Headers.ETag!.Tag);
    }

    public static async Task<string> SegmentAsync(HttpClient http, string workspace)
    {
        using var response = await Send(http, HttpMethod.Post, $"/api/workspaces/{workspace}/segments", DocumentSeeds.Segments[0].Bytes, "application/json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The sample maps as documents of the target map: a PUT must carry the id in its URL.</summary>
    public static (IReadOnlyList<FuzzSeed> Json, IReadOnlyList<FuzzSeed> Yaml) MapSeeds(string mapId)
    {
        var maps = DocumentSeeds.MapsJson.Select(s => (s.Name, Map: MapSerializer.Read(s.Bytes, MapFormat.Json).Map!)).ToList();
        maps.ForEach(m => m.Map.Id = mapId);
        return ([.. maps.Select(m => FuzzSeed.Text(m.Name, MapSerializer.ToJson(m.Map), FuzzShape.Json))],
            [.. maps.Select(m => FuzzSeed.Text(m.Name, MapSerializer.ToYaml(m.Map), FuzzShape.Yaml))]);
    }

    public static IReadOnlyList<FuzzSeed> PersonaSeeds(string personaId) =>
    [
        .. DocumentSeeds.Personas.Select(s =>
        {
            var persona = PersonaSerializer.Read(Encoding.UTF8.GetString(s.Bytes)).Persona!;
            persona.Id = personaId;
            return FuzzSeed.Text(s.Name, PersonaSerializer.ToJson(persona), FuzzShape.Json);
        }),
    ];

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string url, byte[] body, string contentType)
    {
        var response = await http.SendAsync(new HttpRequestMessage(method, url) { Content = Body(body, contentType) });
        await Ok(response);
        return response;
    }

    private static ByteArrayContent Body(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default;
    }
}
