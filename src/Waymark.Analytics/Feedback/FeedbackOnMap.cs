using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback.Internals;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// Feedback laid over a journey map (docs/analytics.md, "Voice of the customer"): items in the time range (and,
/// with a segment, from its customers) are placed on steps and summed up per step. The caller gives one text
/// analysis per item (so texts are analysed once, not per request) and may give the corpus's topic index.
/// </summary>
public static class FeedbackOnMap
{
    public const int TopicsPerStep = 5;

    /// <param name="ct">Stops the pass over the customers (with a segment) between chunks.</param>
    public static FeedbackFigures Compute(EventLog log, JourneyMap map, IReadOnlyList<FeedbackItem> items,
        IReadOnlyList<TextAnalysis> analyses, in FeedbackOptions options, TopicIndex? topics = null, CancellationToken ct = default)
    {
        var set = Prepare(log, map, items, analyses, options, outcomeStep: -1, tracked: [], ct);
        return Summarise(set, topics ?? TopicIndex.Build([.. items.Select(i => i.Text)]));
    }

    internal static FeedbackSet Prepare(EventLog log, JourneyMap map, IReadOnlyList<FeedbackItem> items,
        IReadOnlyList<TextAnalysis> analyses, in FeedbackOptions options, int outcomeStep, IReadOnlyList<string> tracked, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(analyses);
        var placer = new FeedbackPlacer(log, map, TimeSpan.FromTicks(options.WindowTicks));
        var facts = options.HasSegment || outcomeStep >= 0 || tracked.Count > 0
            ? CustomerFacts.Collect(log, placer.Matcher, outcomeStep, options.Filter, tracked, ct)
            : null;
        return FeedbackSet.Build(log, map, items, analyses, options, placer, facts);
    }

    /// <param name="withTopics">False when only the counts and curve are needed (the insights), which skips the topic ranking.</param>
    internal static FeedbackFigures Summarise(FeedbackSet set, TopicIndex topics, bool withTopics = true)
    {
        var designed = StepFeedbackBuilder.Designed(set.Map);
        var steps = new List<StepFeedback>();
        var curve = new List<CurvePoint>();
        for (var s = 0; s < set.StepIds.Count; s++)
        {
            var step = StepFeedbackBuilder.Build(set, s, withTopics ? Topics(set, topics, set.ByStep[s]) : []);
            steps.Add(step);
            curve.Add(new CurvePoint(step.StepId, designed.TryGetValue(step.StepId, out var d) ? d : null, step.Measured, step.Sentiment?.Texts ?? 0));
        }

        var methods = new int[5];
        foreach (var i in set.Counted)
        {
            methods[(int)set.Placements[i].Method]++;
        }

        var placed = set.Counted.Count - methods[(int)PlacementMethod.Unplaced];
        return new FeedbackFigures(set.Counted.Count, placed, methods[(int)PlacementMethod.Unplaced],
            new PlacementCounts(methods[(int)PlacementMethod.Step], methods[(int)PlacementMethod.Activity],
                methods[(int)PlacementMethod.Event], methods[(int)PlacementMethod.Keyword]), steps, curve);
    }

    /// <summary>The top phrases of these items against the rest of the corpus, with quotes.</summary>
    internal static IReadOnlyList<TopicFigures> Topics(FeedbackSet set, TopicIndex topics, IReadOnlyList<int> items, int count = TopicsPerStep)
    {
        if (items.Count == 0)
        {
            return [];
        }

        return [.. topics.Top(items, count, Quotes.MaxQuotes).Select(t =>
            new TopicFigures(t.Phrase, t.Count, Math.Round(t.Score, 4), Quotes.Pick(set, t.Examples, direction: 0), t.Label))];
    }
}
