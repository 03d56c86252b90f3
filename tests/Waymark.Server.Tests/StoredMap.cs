using Waymark.Core.Maps;

namespace Waymark.Server.Tests;

/// <summary>What the server holds for a map: document, ETag and revision count — to prove a refused write changed nothing.</summary>
internal sealed record StoredMap(string Json, string ETag, int Revisions)
{
    public static async Task<StoredMap> ReadAsync(HttpClient http, string id)
    {
        var (_, json, etag) = await ApiClient.GetMapAsync(http, id);
        using var response = await http.GetAsync(ApiClient.MapUrl(id) + "/revisions");
        response.EnsureSuccessStatusCode();
        using var doc = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new StoredMap(json, etag, doc.RootElement.GetArrayLength());
    }
}

/// <summary>Test-data changes to a map document.</summary>
internal static class MapEdits
{
    public static EmotionPoint FirstEmotion(JourneyMap map) =>
        map.Lanes.First(l => l.Kind == LaneKind.EmotionCurve).Cells.Values.First(c => c.Emotions.Count > 0).Emotions[0];

    public static Cell FirstTextCell(JourneyMap map) =>
        map.Lanes.First(l => l.Kind == LaneKind.Actions).Cells.Values.First(c => c.Text is not null);

    public static JourneyMap WithSteps(string id, int steps)
    {
        var map = new JourneyMap { Id = id, Name = "Huge" };
        var stage = new Stage { Id = "stg-1", Name = "All" };
        for (var i = 0; i < steps; i++)
        {
            stage.Steps.Add(new Step { Id = $"stp-{i}", Name = $"Step {i}" });
        }

        map.Stages.Add(stage);
        return map;
    }
}
