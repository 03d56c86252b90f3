using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Analytics.Generation;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Bench.Limits;

/// <summary>What the benchmark sends: generated events and feedback, a 2,000-step map bound to them, and gzip bombs.</summary>
internal static class BenchData
{
    public const int MapSteps = 2000;

    /// <summary>A new workspace holding <paramref name="customers"/> generated journeys and their feedback; returns its id.</summary>
    public static async Task<(string Workspace, long Events, string[] Activities)> WorkspaceAsync(HttpClient http, int customers)
    {
        using var created = await http.PostAsJsonAsync("/api/workspaces", new { name = "Limits bench" });
        var workspace = (await Read(created)).GetProperty("id").GetString()!;
        var events = new StringWriter(CultureInfo.InvariantCulture);
        var feedback = new StringWriter(CultureInfo.InvariantCulture);
        JourneyGenerator.Generate(GeneratorPresets.Limits(customers), events, null, feedback);
        var csv = events.ToString();
        var activities = csv.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[2]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var imported = await Read(await PostAsync(http, $"/api/workspaces/{workspace}/imports?fileName=events.csv", Encoding.UTF8.GetBytes(csv)));
        await Read(await PostAsync(http, $"/api/workspaces/{workspace}/feedback/imports?fileName=feedback.csv", Encoding.UTF8.GetBytes(feedback.ToString())));
        return (workspace, imported.GetProperty("imported").GetInt64(), activities);
    }

    /// <summary>
    /// A map of 2,000 steps in 20 stages, step k bound to activity k mod n; the funnel runs from the first step to the
    /// 40th (so the overlay's funnel is short enough), every step is measured for visitors and paths.
    /// </summary>
    public static async Task<string> MapAsync(HttpClient http, string workspace, string[] activities)
    {
        var map = new JourneyMap { Id = "map-limits", Name = "2,000 steps (limits bench)", EntryStepId = "stp-1", OutcomeStepId = "stp-40" };
        for (var s = 0; s < 20; s++)
        {
            var stage = new Stage { Id = $"stg-{s + 1}", Name = $"Stage {s + 1}" };
            for (var k = 0; k < MapSteps / 20; k++)
            {
                var n = (s * (MapSteps / 20)) + k;
                stage.Steps.Add(new Step { Id = $"stp-{n + 1}", Name = $"Step {n + 1}", Binding = new StepBinding { Activities = [activities[n % activities.Length]] } });
            }

            map.Stages.Add(stage);
        }

        map.Lanes.Add(new Lane { Id = "lane-actions", Kind = LaneKind.Text, Title = "Customer actions" });
        using var content = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync($"/api/workspaces/{workspace}/maps/import", content);
        return (await Read(response)).GetProperty("id").GetString()!;
    }

    /// <summary>A header and <paramref name="rows"/> copies of one row, gzipped as tight as gzip goes.</summary>
    public static byte[] Bomb(string header, string row, long rows)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(header));
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(row, 4096)));
            for (long written = 0; written < rows; written += 4096)
            {
                gzip.Write(block);
            }
        }

        return output.ToArray();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string url, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await http.PostAsync(url, content);
    }

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        response.Dispose();
        return JsonDocument.Parse(text).RootElement;
    }
}
