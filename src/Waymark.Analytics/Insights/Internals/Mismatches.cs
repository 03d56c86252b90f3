using Waymark.Analytics.Feedback.Internals;
using Waymark.Core.Maps;
using static Waymark.Analytics.Insights.Internals.InsightContext;

namespace Waymark.Analytics.Insights.Internals;

/// <summary>
/// Where the map's designed curve and the measured one disagree most: steps with both, a gap of at least
/// <see cref="MinGap"/> of the scale's span, the largest few first (score: the gap in spans).
/// </summary>
internal static class Mismatches
{
    public const double MinGap = 0.1;
    public const int Most = 5;

    public static IEnumerable<Finding> Find(InsightContext c) =>
        c.Figures.Curve
            .Where(p => p.Designed is not null && p.Measured is not null && Math.Abs(p.Measured.Value - p.Designed.Value) >= MinGap * c.Span)
            .OrderByDescending(p => Math.Abs(p.Measured!.Value - p.Designed!.Value)).ThenBy(p => c.StepIndex(p.StepId))
            .Take(Most)
            .Select(p => Make(c, p.StepId, p.Designed!.Value, p.Measured!.Value, p.Texts));

    private static Finding Make(InsightContext c, string stepId, int designed, double measured, int texts)
    {
        var gap = measured - designed;
        var name = c.Name(stepId);
        var title = gap < 0 ? $"Customers feel worse at {name} than the map says" : $"Customers feel better at {name} than the map says";
        var detail = $"The map's curve puts {name} at {designed} on its {c.Scale.ToToken()} scale; {Count(texts)} feedback texts measure {Number(measured)}.";
        var step = c.StepIndex(stepId);
        var direction = gap < 0 ? -1 : 1;
        return new Finding($"mismatch-{stepId}", FindingKinds.Mismatch, stepId, [stepId], title, detail,
            c.People(c.Set.ByStep[step]), null, Math.Round(Math.Abs(gap) / c.Span, 6),
            new FindingEvidence
            {
                Designed = designed, Measured = Math.Round(measured, 4), Gap = Math.Round(gap, 4),
                Quotes = Quotes.Pick(c.Set, c.Set.ByStep[step].Where(i => direction * c.PolarityOf(i) > 0), direction),
            });
    }
}
