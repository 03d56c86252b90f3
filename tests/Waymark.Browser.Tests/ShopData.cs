using Waymark.Core.Maps;
using Waymark.Core.Templates;

namespace Waymark.Browser.Tests;

/// <summary>
/// The e-commerce template map with realistic event data for the README's pictures: 4,000 shoppers over four weeks
/// from ads, social, email and the web, each channel with its own drop-off, and waits from minutes to days. The
/// template's activities get a hidden per-run tag so the figures are this map's alone in the shared workspace.
/// </summary>
internal static class ShopData
{
    private static readonly (string StepId, double Keep, double MedianMinutes)[] Journey =
    [
        ("stp-see-ad", 1, 0), ("stp-compare-products", 0.78, 6), ("stp-add-to-cart", 0.5, 14), ("stp-view-cart", 0.84, 3),
        ("stp-see-shipping", 0.8, 2), ("stp-reminder-email", 0.46, 26 * 60), ("stp-cart-restored", 0.7, 2 * 24 * 60),
        ("stp-pay", 0.76, 11), ("stp-confirmation", 0.97, 1), ("stp-track-order", 0.8, 1.2 * 24 * 60),
        ("stp-try-on", 0.93, 2.5 * 24 * 60), ("stp-review", 0.22, 4 * 24 * 60),
    ];

    /// <summary>Creates the map (entry at the ad, outcome at payment), ingests its events and returns the map's id.</summary>
    public static async Task<string> CreateAsync(WaymarkApi api, string name)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var map = MapCopier.Copy(TemplateLibrary.Find("ecommerce-purchase")!.Create(), newIds: false);
        map.Name = name;
        map.EntryStepId = "stp-see-ad";
        map.OutcomeStepId = "stp-pay";
        foreach (var step in map.Stages.SelectMany(s => s.Steps))
        {
            step.Binding = new StepBinding { Activities = [$"{step.Id}:{tag}"] };
        }

        var id = await api.CreateMapAsync(map);
        var end = DateTime.UtcNow.AddMinutes(-5);
        await new JourneyEvents()
            .Add($"{tag}-ads", 1700, "ads", Steps(tag, early: 0.92, late: 1), seed: 11, end)
            .Add($"{tag}-social", 1100, "social", Steps(tag, early: 0.88, late: 0.95), seed: 12, end)
            .Add($"{tag}-email", 700, "email", Steps(tag, early: 1.12, late: 1.18), seed: 13, end)
            .Add($"{tag}-web", 500, "web", Steps(tag, early: 1.05, late: 1.05), seed: 14, end)
            .IngestAsync(api.Http);
        return id;
    }

    private static JourneyStepSpec[] Steps(string tag, double early, double late) =>
        [.. Journey.Select((s, i) => new JourneyStepSpec(
            $"{s.StepId}:{tag}",
            Math.Min(0.99, i == 0 ? 1 : s.Keep * (i < 5 ? early : late)),
            TimeSpan.FromMinutes(s.MedianMinutes)))];
}
