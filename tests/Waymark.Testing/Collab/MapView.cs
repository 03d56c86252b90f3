using System.Text.Json.Nodes;

namespace Waymark.Testing.Collab;

/// <summary>What a simulated editor sees of a map document (the file format's JSON): the ids it can point at.</summary>
internal sealed class MapView(JsonObject map)
{
    public JsonObject Map { get; } = map;

    public List<JsonObject> Stages => Items(Map["stages"]);

    public List<JsonObject> Lanes => Items(Map["lanes"]);

    public List<JsonObject> Personas => Items(Map["personas"]);

    public List<(string StageId, JsonObject Step)> Steps =>
        [.. Stages.SelectMany(s => Items(s["steps"]).Select(p => (Id(s), p)))];

    public static string Id(JsonObject item) => item["id"]!.GetValue<string>();

    public static string? Kind(JsonObject lane) => lane["kind"]?.GetValue<string>();

    private static List<JsonObject> Items(JsonNode? node) =>
        node is JsonArray array ? [.. array.OfType<JsonObject>()] : [];
}
