using Waymark.Analytics.Feedback.Internals;
using Waymark.Analytics.Overlay;
using static Waymark.Analytics.Insights.Internals.InsightContext;

namespace Waymark.Analytics.Insights.Internals;

/// <summary>
/// The largest drop-offs (customers who reached a step and not the next) and the longest waits (median time from
/// the previous step) of the overlay, a few of each: drop-offs the overlay marks (rate at least a quarter of the
/// worst), waits at least half the longest. Drop-offs score their share of the entrants; waits score the share of
/// entrants who waited times the wait against the longest one. A drop-off's outcomes lost are its customers times the
/// outcome rate of those who went on to the next step.
/// </summary>
internal static class Bottlenecks
{
    public const int PerMeasure = 3;

    public static IEnumerable<Finding> Find(InsightContext c)
    {
        if (c.Overlay is not { Entrants: > 0 } overlay)
        {
            return [];
        }

        var steps = overlay.Steps.Where(s => s.InFunnel).ToList();
        var drops = steps.Where(s => s.DropOff > 0 && s.NextStepId is not null && s.Loss >= 1)
            .OrderByDescending(s => s.DropOff).ThenBy(s => c.StepIndex(s.StepId)).Take(PerMeasure)
            .Select(s => DropOff(c, s, overlay));
        var longest = steps.Max(s => s.MedianFromPrevious) ?? 0;
        var waits = steps.Where(s => s.MedianFromPrevious > 0 && s.Wait >= 2)
            .OrderByDescending(s => s.MedianFromPrevious).ThenBy(s => c.StepIndex(s.StepId)).Take(PerMeasure)
            .Select(s => Wait(c, s, steps, overlay.Entrants, longest));
        return [.. drops, .. waits];
    }

    private static Finding DropOff(InsightContext c, StepFigures s, OverlayFigures overlay)
    {
        var name = c.Name(s.StepId);
        var next = overlay.Steps.First(n => n.StepId == s.NextStepId);
        // Those who left would have reached the outcome at the rate of those who went on, not all of them.
        var lost = next.Customers == 0 ? 0 : (long)Math.Round(s.DropOff!.Value * ((double)overlay.Outcome.Customers / next.Customers));
        // "Lost", as the step's figure says: reached this step in the map's order and not the next one (some of them
        // still go on to later steps, so this is not the actual paths' "leaves after").
        var detail = $"{Count(s.DropOff!.Value)} of the {Count(s.Customers)} customers who reached {name} did not go on to {c.Name(s.NextStepId!)}.";
        return new Finding($"bottleneck-dropoff-{s.StepId}", FindingKinds.Bottleneck, s.StepId, [s.StepId],
            $"{Percent(s.DropOffRate ?? 0)} lost between {name} and {c.Name(s.NextStepId!)}", detail, s.DropOff!.Value, lost,
            Math.Round((double)s.DropOff.Value / overlay.Entrants, 6),
            new FindingEvidence
            {
                Measure = "dropOff", DropOff = s.DropOff, DropOffRate = s.DropOffRate,
                MedianWaitSeconds = s.MedianFromPrevious, P90WaitSeconds = s.P90FromPrevious, Quotes = NegativeQuotes(c, s.StepId),
            });
    }

    private static Finding Wait(InsightContext c, StepFigures s, List<StepFigures> steps, long entrants, double longest)
    {
        var name = c.Name(s.StepId);
        var previous = steps.FirstOrDefault(p => p.NextStepId == s.StepId)?.StepId;
        var from = previous is null ? "the step before" : c.Name(previous);
        var median = s.MedianFromPrevious!.Value;
        var detail = $"Half of the {Count(s.Customers)} customers who reached {name} took {Duration(median)} or longer after {from}" +
            (s.P90FromPrevious is { } p90 ? $"; one in ten took {Duration(p90)} or longer." : ".");
        return new Finding($"bottleneck-wait-{s.StepId}", FindingKinds.Bottleneck, s.StepId, [s.StepId],
            $"Median wait of {Duration(median)} before {name}", detail, s.Customers, null,
            Math.Round((double)s.Customers / entrants * (median / longest), 6),
            new FindingEvidence
            {
                Measure = "wait", DropOff = s.DropOff, DropOffRate = s.DropOffRate,
                MedianWaitSeconds = median, P90WaitSeconds = s.P90FromPrevious, Quotes = NegativeQuotes(c, s.StepId),
            });
    }

    private static IReadOnlyList<Feedback.FeedbackQuote> NegativeQuotes(InsightContext c, string stepId)
    {
        var step = c.StepIndex(stepId);
        return step < 0 ? [] : Quotes.Pick(c.Set, c.Set.ByStep[step].Where(i => c.PolarityOf(i) < 0), direction: -1);
    }

    public static string Duration(double seconds) => seconds switch
    {
        < 90 => $"{Number(seconds)} s",
        < 90 * 60 => $"{Number(seconds / 60)} min",
        < 36 * 3600 => $"{Number(seconds / 3600)} h",
        _ => $"{Number(seconds / 86400)} days",
    };
}
