using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Server.Tests.Collab;

namespace Waymark.Server.Tests.History;

/// <summary>The history API and restores as a client calls them.</summary>
internal static class HistoryCalls
{
    public static Task<JsonElement> HistoryAsync(CollabPerson who, string mapId, string query = "") =>
        who.Http.GetFromJsonAsync<JsonElement>(HistoryHost.MapUrl(mapId) + "/history" + query);

    public static async Task<JsonElement> MapAtAsync(CollabPerson who, string mapId, long seq) =>
        (await who.Http.GetFromJsonAsync<JsonElement>(HistoryHost.MapUrl(mapId) + "/history/at?seq=" + seq)).GetProperty("map");

    public static Task<JsonElement> MapNowAsync(CollabPerson who, string mapId) =>
        who.Http.GetFromJsonAsync<JsonElement>(HistoryHost.MapUrl(mapId));

    /// <summary>A restore as the browser sends it: the map as it was at <paramref name="from"/>, with restoredFrom on the envelope.</summary>
    public static object Restore(JsonElement map, long from, long baseSeq, string? id = null) =>
        new { id = id ?? Guid.NewGuid().ToString(), baseSeq, edit = new { type = "replaceDocument", map }, restoredFrom = from };

    public static string? Cell(JsonElement map, string laneId, string stepId) =>
        map.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("id").GetString() == laneId)
            .GetProperty("cells").GetProperty(stepId).GetProperty("text").GetString();

    /// <summary>Each session as (author, fromSeq, toSeq, edits), in the order the API gave them.</summary>
    public static (string Author, long From, long To, int Edits)[] Sessions(JsonElement history) =>
        history.GetProperty("sessions").EnumerateArray().Select(s => (s.GetProperty("authorName").GetString()!,
            s.GetProperty("fromSeq").GetInt64(), s.GetProperty("toSeq").GetInt64(), s.GetProperty("edits").GetInt32())).ToArray();

    public static void AllApplied(JsonElement[] results) =>
        Assert.All(results, r => Assert.Equal("applied", r.GetProperty("status").GetString()));
}
