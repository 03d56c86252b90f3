using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Render.Data;
using Waymark.Testing;

namespace Waymark.Server.Tests;

/// <summary>
/// The export's data strip on the demo workspace (events, feedback, segments, seeded as a first start does): the
/// figures a PDF carries are the overlay route's and the feedback route's for the same map, period and segment.
/// </summary>
public sealed class ExportDataTests : IDisposable
{
    private const string From = "2026-01-01";
    private readonly WaymarkFactory _factory = new(
        "Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string> { ["Demo:Events"] = "true" });

    [Fact]
    public async Task Export_PdfWithDataForSegment_CarriesTheOverlayAndFeedbackFiguresInStepOrder()
    {
        var http = _factory.CreateClient();
        var (mapId, segmentId) = await TrialAsync(http);
        var query = $"from={From}&segment={segmentId}";

        var overlay = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/maps/{mapId}/overlay?{query}");
        var feedback = await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/demo/maps/{mapId}/feedback?{query}");
        using var response = await http.GetAsync($"/api/workspaces/demo/maps/{mapId}/export?format=pdf&data=true&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Squeeze(PdfText.Of(bytes));
        var expected = ExpectedLines(overlay, feedback);
        Assert.True(expected.Count > 20, $"too few figures to compare: {expected.Count}");
        Assert.Contains(Squeeze("Referred teams"), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze("Since 1 Jan 2026"), text, StringComparison.Ordinal);
        var at = 0;
        foreach (var line in expected)
        {
            var found = text.IndexOf(Squeeze(line), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{line}' is not in the export after position {at}");
            at = found + Squeeze(line).Length;
        }
    }

    [Fact]
    public async Task Export_WithoutData_HasNoFigures()
    {
        var http = _factory.CreateClient();
        var (mapId, _) = await TrialAsync(http);

        var pdf = await http.GetByteArrayAsync($"/api/workspaces/demo/maps/{mapId}/export?format=pdf");

        Assert.DoesNotContain("customers", PdfText.Of(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data=yes", "data")]
    [InlineData("data=true&from=soon", "from")]
    public async Task Export_BadDataQuery_AnswersProblemNamingIt(string query, string field)
    {
        var http = _factory.CreateClient();
        var (mapId, _) = await TrialAsync(http);

        using var response = await http.GetAsync($"/api/workspaces/demo/maps/{mapId}/export?format=pdf&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Export_DataForUnknownSegment_Answers404()
    {
        var http = _factory.CreateClient();
        var (mapId, _) = await TrialAsync(http);

        using var response = await http.GetAsync($"/api/workspaces/demo/maps/{mapId}/export?format=svg&data=true&segment=seg_nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The strip's lines read straight from the two routes' JSON, in the editor's words and number formats.</summary>
    private static List<string> ExpectedLines(JsonElement overlay, JsonElement feedback)
    {
        var scores = feedback.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("stepId").GetString()!);
        var lines = new List<string>();
        foreach (var step in overlay.GetProperty("series")[0].GetProperty("steps").EnumerateArray())
        {
            lines.Add($"{DataFormat.Count(step.GetProperty("customers").GetInt64())} customers");
            if (step.GetProperty("conversionToNext") is { ValueKind: JsonValueKind.Number } conversion)
            {
                lines.Add($"{DataFormat.Share(conversion.GetDouble())} → next");
            }

            if (step.GetProperty("dropOff") is { ValueKind: JsonValueKind.Number } lost)
            {
                lines.Add($"{DataFormat.Count(lost.GetInt64())} lost · {DataFormat.Share(step.GetProperty("dropOffRate").GetDouble())}");
            }

            if (step.GetProperty("medianFromPrevious") is { ValueKind: JsonValueKind.Number } wait)
            {
                lines.Add($"Median wait {DataFormat.Duration(wait.GetDouble())}");
            }

            if (scores.TryGetValue(step.GetProperty("stepId").GetString()!, out var said) && said.GetProperty("nps") is { ValueKind: JsonValueKind.Object } nps
                && nps.GetProperty("responses").GetInt32() > 0)
            {
                var score = (long)Math.Round(nps.GetProperty("score").GetDouble(), MidpointRounding.AwayFromZero);
                lines.Add("NPS " + (score > 0 ? "+" : score < 0 ? "−" : "") + Math.Abs(score).ToString(CultureInfo.InvariantCulture));
            }
        }

        return lines;
    }

    private static async Task<(string MapId, string SegmentId)> TrialAsync(HttpClient http)
    {
        var maps = await http.GetFromJsonAsync<List<Row>>("/api/workspaces/demo/maps");
        var segments = await http.GetFromJsonAsync<List<Row>>("/api/workspaces/demo/segments");
        return (maps!.Single(m => m.Name == "SaaS free trial to paid").Id, segments!.Single(s => s.Name == "Referred teams").Id);
    }

    private static string Squeeze(string text) =>
        new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private sealed record Row(string Id, string Name);
}
