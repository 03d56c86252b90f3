using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waymark.Core.Maps;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>
/// A fresh acceptance map whose four steps are bound to activities of this test only (a unique tag in every name),
/// with customers on two channels walking it, so the overlay's figures belong to this test alone in the shared
/// workspace. Email customers go further than web customers, enough for the comparison to be significant.
/// </summary>
internal sealed class OverlayData
{
    private OverlayData(string tag) => Tag = tag;

    public string Tag { get; }

    public string EmailChannel => $"email-{Tag}";

    public string WebChannel => $"web-{Tag}";

    public string Activity(string stepId) => $"{stepId} {Tag}";

    public static async Task<(OverlayData Data, string MapId)> CreateAsync(WaymarkApi api, string what)
    {
        var data = new OverlayData(Guid.NewGuid().ToString("N")[..6]);
        var map = AcceptanceMap.Create($"{what} {data.Tag}");
        foreach (var step in map.Stages.SelectMany(s => s.Steps))
        {
            step.Binding = new StepBinding { Activities = [data.Activity(step.Id)] };
        }

        var mapId = await api.CreateMapAsync(map);
        var end = DateTime.UtcNow.Date;
        var steps = (double[] keep) => new JourneyStepSpec[]
        {
            new(data.Activity(AcceptanceMap.Search), 1, TimeSpan.Zero),
            new(data.Activity(AcceptanceMap.Compare), keep[0], TimeSpan.FromMinutes(40)),
            new(data.Activity(AcceptanceMap.Checkout), keep[1], TimeSpan.FromHours(5)),
            new(data.Activity(AcceptanceMap.Pay), keep[2], TimeSpan.FromDays(1.5)),
        };
        await new JourneyEvents()
            .Add($"{data.Tag}-e", 160, data.EmailChannel, steps([0.9, 0.75, 0.7]), seed: 5, end)
            .Add($"{data.Tag}-w", 240, data.WebChannel, steps([0.6, 0.45, 0.35]), seed: 7, end)
            .IngestAsync(api.Http);
        return (data, mapId);
    }

    /// <summary>GET …/overlay with the given query (all time unless the query says otherwise).</summary>
    public static async Task<JsonElement> OverlayAsync(WaymarkApi api, string mapId, string query = "") =>
        await api.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{WaymarkApi.DemoWorkspace}/maps/{mapId}/overlay{query}");

    /// <summary>Turns the data view on for all time and waits until its figures are loaded.</summary>
    public static async Task ShowAllTimeAsync(IPage page)
    {
        await DataOnAsync(page);
        await Expect(page.Locator("[data-testid=\"data-bar\"]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=\"range-preset\"]").SelectOptionAsync("all");
        await WaitForFiguresAsync(page);
    }

    /// <summary>Maps bound to data open with the data view on; this makes sure it is (without switching it off).</summary>
    public static async Task DataOnAsync(IPage page)
    {
        var toggle = page.Locator("[data-testid=\"toggle-data\"]");
        if (await toggle.GetAttributeAsync("aria-pressed") != "true")
        {
            await toggle.ClickAsync();
        }

        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
    }

    public static async Task WaitForFiguresAsync(IPage page) =>
        await Expect(page.Locator("[data-testid=\"data-status\"]")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 20_000 });

    /// <summary>The raw number an element of the data view carries (data-value), null when it carries none.</summary>
    public static async Task<double?> ValueAsync(ILocator element)
    {
        var text = await element.GetAttributeAsync("data-value");
        return string.IsNullOrEmpty(text) ? null : double.Parse(text, CultureInfo.InvariantCulture);
    }

    public static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;

    public static JsonElement StepOf(JsonElement series, string stepId) =>
        series.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == stepId);
}
