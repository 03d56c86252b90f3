using Waymark.Core.Maps;
using Waymark.Render.Report;

namespace Waymark.Render.Tests.Report;

/// <summary>Reports of a map with and without figures: a funnel over every step, a measured curve, a finding with a quote and a thread.</summary>
internal static class ReportSamples
{
    public const string QuoteText = "The checkout asked for my address three times";
    public static readonly DateTimeOffset Date = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    public static ReportInput Offline(JourneyMap map) => new(map, "Acme workspace", Date);

    public static ReportInput WithData(JourneyMap map, string comment = "Can we test this with five customers first?")
    {
        var steps = map.AllSteps().Select(s => s.Id).ToList();
        var funnel = steps.Select((id, i) => new ReportFunnelStep(id, 1000 - (i * 50), (1000 - (i * 50)) / 1000.0,
            i + 1 < steps.Count ? (950.0 - (i * 50)) / (1000 - (i * 50)) : null, i + 1 < steps.Count ? 50 : null, 0.05, i == 0 ? null : 3600 * i)).ToList();
        var curve = steps.Select((id, i) => new ReportCurvePoint(id, (i % 3) - 1.0, 4 + i)).ToList();
        var finding = new ReportFinding("bottleneck", steps.FirstOrDefault(), "Customers wait at this step", "Half of them wait more than a day.", 420, 120,
            [new ReportQuote(QuoteText, "review")]);
        return new ReportInput(map, "Acme workspace", Date)
        {
            Data = new ReportData("All time \u00B7 All customers", 1000, 1000 - ((steps.Count - 1) * 50), (1000 - ((steps.Count - 1) * 50)) / 1000.0,
                funnel, curve, [finding]) { FeedbackPlaced = 40 },
            OpenThreads = [new ReportThread("the map", [new ReportComment("Dana", new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), comment)])],
        };
    }

    public static IEnumerable<string> IdeaTexts(JourneyMap map) =>
        map.Lanes.SelectMany(l => l.Cells.Values).SelectMany(c => c.Ideas).Select(i => i.Text).Where(t => t.Length > 0);
}
