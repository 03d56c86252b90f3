using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Insights.Internals;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Insights;

/// <summary>
/// Where it hurts (docs/analytics.md, "Voice of the customer"): bottlenecks from the overlay, moments of truth,
/// pain points, sentiment-curve patterns and designed-versus-measured gaps, from the events and the feedback placed
/// on the map for one time range and segment. Findings come by kind (<see cref="FindingKinds.InOrder"/>), then score.
/// </summary>
public static class JourneyInsights
{
    /// <param name="ct">Stops the passes over the customers between chunks (<see cref="OperationCanceledException"/>).</param>
    public static InsightsResult Find(EventLog log, JourneyMap map, IReadOnlyList<FeedbackItem> items,
        IReadOnlyList<TextAnalysis> analyses, in FeedbackOptions options, TopicIndex? topics = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var overlay = Overlay(log, map, options, ct);
        var stepIds = map.AllSteps().Select(s => s.Id).ToList();
        var outcome = overlay?.OutcomeStepId is { } id ? stepIds.IndexOf(id) : -1;
        var tracked = PainPoints.TrackedActivities(map);
        var set = FeedbackOnMap.Prepare(log, map, items, analyses, options, outcome, tracked, ct);
        var index = topics ?? TopicIndex.Build([.. items.Select(i => i.Text)]);
        var figures = FeedbackOnMap.Summarise(set, index, withTopics: false);
        var c = new InsightContext(set, figures, overlay, index, outcome);
        IEnumerable<Finding> all = [.. Bottlenecks.Find(c), .. MomentsOfTruth.Find(c), .. PainPoints.Find(c, tracked),
            .. CurvePatterns.Find(c), .. Mismatches.Find(c)];
        var ordered = all.OrderBy(f => Rank(f.Kind)).ThenByDescending(f => f.Score).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        return new InsightsResult(ordered, overlay?.OutcomeStepId, overlay?.Entrants ?? 0);
    }

    private static int Rank(string kind)
    {
        for (var i = 0; i < FindingKinds.InOrder.Count; i++)
        {
            if (FindingKinds.InOrder[i] == kind)
            {
                return i;
            }
        }

        return FindingKinds.InOrder.Count;
    }

    /// <summary>The overlay of the same range and segment, or null when the map's funnel is too long to compute.</summary>
    private static OverlayFigures? Overlay(EventLog log, JourneyMap map, in FeedbackOptions options, CancellationToken ct)
    {
        var overlayOptions = new OverlayOptions
        {
            Stages = OverlayStages.FromMap(map),
            EntryStepId = map.EntryStepId,
            OutcomeStepId = map.OutcomeStepId,
            Filter = options.Filter,
        };
        return OverlayEngine.Problem(overlayOptions) is null ? OverlayEngine.Compute(log, overlayOptions, ct) : null;
    }
}
