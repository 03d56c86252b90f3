using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;

namespace Waymark.Browser.Tests;

/// <summary>
/// A fresh acceptance map bound to activities of this test only, walked by customers whose every event comes on one
/// of four channels of this test (one of them named like markup), so attribution has paths that cross channels; and
/// the panel's figures read back as numbers.
/// </summary>
internal sealed class AttributionData
{
    private AttributionData(string tag) => Tag = tag;

    public string Tag { get; }

    public string[] Channels => [$"ads-{Tag}", $"email-{Tag}", $"web-{Tag}", HostileChannel];

    /// <summary>A channel name as a hostile event source might send it: the panel writes it as text.</summary>
    public string HostileChannel => $"<i>partner</i> {Tag}";

    public static async Task<(AttributionData Data, string MapId)> CreateAsync(WaymarkApi api, string what)
    {
        var data = new AttributionData(Guid.NewGuid().ToString("N")[..6]);
        var map = AcceptanceMap.Create($"{what} {data.Tag}");
        foreach (var step in map.Stages.SelectMany(s => s.Steps))
        {
            step.Binding = new StepBinding { Activities = [$"{step.Id} {data.Tag}"] };
        }

        var mapId = await api.CreateMapAsync(map);
        var steps = new JourneyStepSpec[]
        {
            new($"{AcceptanceMap.Search} {data.Tag}", 1, TimeSpan.Zero),
            new($"{AcceptanceMap.Compare} {data.Tag}", 0.8, TimeSpan.FromHours(3)),
            new($"{AcceptanceMap.Checkout} {data.Tag}", 0.7, TimeSpan.FromDays(1)),
            new($"{AcceptanceMap.Pay} {data.Tag}", 0.65, TimeSpan.FromHours(2)),
        };
        await new JourneyEvents()
            .Add($"{data.Tag}-a", 180, data.Channels, steps, seed: 19, DateTime.UtcNow.Date)
            .IngestAsync(api.Http);
        return (data, mapId);
    }

    /// <summary>GET …/attribution for all time, by channel or touchpoint.</summary>
    public static async Task<JsonElement> AnswerAsync(HttpClient http, string mapId, string by, string query = "") =>
        await http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/attribution?by={by}{query}");

    /// <summary>The player of an answer by its name.</summary>
    public static JsonElement Player(JsonElement answer, string name) =>
        answer.GetProperty("players").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    /// <summary>The credit a model gives a player in the panel, read from its text ("1,234.5").</summary>
    public static async Task<double> CreditAsync(ILocator row, string model)
    {
        var text = await row.Locator($"td[data-model=\"{model}\"] > span").First.TextContentAsync();
        return double.Parse(text!.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The panel shows one decimal: its figure is the answer's within half a tenth.</summary>
    public static void AssertShown(double expected, double shown, string what) =>
        Assert.True(Math.Abs(expected - shown) <= 0.0501, $"{what}: the API says {expected.ToString(CultureInfo.InvariantCulture)}, the panel {shown.ToString(CultureInfo.InvariantCulture)}");
}
