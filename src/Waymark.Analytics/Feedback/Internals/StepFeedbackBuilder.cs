using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Feedback.Internals;

/// <summary>The figures of the feedback placed on one step (rules in docs/analytics.md, "Voice of the customer").</summary>
internal static class StepFeedbackBuilder
{
    public static StepFeedback Build(FeedbackSet set, int step, IReadOnlyList<TopicFigures> topics)
    {
        var items = set.ByStep[step];
        var solicited = items.Count(i => set.Items[i].Solicited);
        var texts = items.Where(set.HasText).ToList();
        var sentiment = Sentiment(set, texts);
        var measured = sentiment is null ? (double?)null : Math.Round(EmotionScaleMapping.FromSentiment(set.Map.EmotionScale, sentiment.Mean), 4);
        return new StepFeedback(set.StepIds[step], items.Count, solicited, items.Count - solicited,
            Nps(Scores(set, items, ScoreType.Nps)), Csat(Scores(set, items, ScoreType.Csat)),
            Mean(Scores(set, items, ScoreType.Ces)), Mean(Scores(set, items, ScoreType.Rating)),
            sentiment, Emotions(set, texts), Effort(set, texts), Intents(set, texts), topics, measured);
    }

    private static List<double> Scores(FeedbackSet set, List<int> items, ScoreType type) =>
        [.. items.Where(i => set.Items[i].ScoreType == type && set.Items[i].Score is { } s && double.IsFinite(s)).Select(i => set.Items[i].Score!.Value)];

    private static NpsFigures? Nps(List<double> scores)
    {
        if (scores.Count == 0)
        {
            return null;
        }

        var promoters = scores.Count(s => s >= 9);
        var detractors = scores.Count(s => s <= 6);
        var score = 100.0 * (promoters - detractors) / scores.Count;
        return new NpsFigures(Math.Round(score, 4), scores.Count, promoters, scores.Count - promoters - detractors, detractors);
    }

    private static CsatFigures? Csat(List<double> scores) => scores.Count == 0 ? null
        : new CsatFigures(Math.Round((double)scores.Count(s => s >= 4) / scores.Count, 4), Math.Round(scores.Average(), 4), scores.Count);

    private static MeanScore? Mean(List<double> scores) => scores.Count == 0 ? null : new MeanScore(Math.Round(scores.Average(), 4), scores.Count);

    private static SentimentFigures? Sentiment(FeedbackSet set, List<int> texts)
    {
        if (texts.Count == 0)
        {
            return null;
        }

        var values = texts.Select(i => set.Analyses[i].Sentiment).ToList();
        var mean = values.Average();
        var sd = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var negative = values.Count(v => v <= -Polarity.Threshold);
        var positive = values.Count(v => v >= Polarity.Threshold);
        return new SentimentFigures(Math.Round(mean, 4), Math.Round(sd, 4), values.Count, negative, values.Count - negative - positive, positive);
    }

    private static EmotionShares Emotions(FeedbackSet set, List<int> texts)
    {
        var sums = new double[6];
        foreach (var i in texts)
        {
            var mix = set.Analyses[i].Emotions;
            for (var e = 0; e < sums.Length; e++)
            {
                sums[e] += Math.Max(0, mix[(Emotion)e]);
            }
        }

        var total = sums.Sum();
        double Share(Emotion e) => total <= 0 ? 0 : Math.Round(sums[(int)e] / total, 4);
        return new EmotionShares(Share(Emotion.Joy), Share(Emotion.Trust), Share(Emotion.Anger), Share(Emotion.Fear), Share(Emotion.Sadness), Share(Emotion.Surprise));
    }

    private static EffortFigures Effort(FeedbackSet set, List<int> texts)
    {
        var high = texts.Count(i => set.Analyses[i].HighEffort);
        return new EffortFigures(high, texts.Count == 0 ? 0 : Math.Round((double)high / texts.Count, 4));
    }

    private static IntentCounts Intents(FeedbackSet set, List<int> texts)
    {
        int Count(Intents intent) => texts.Count(i => (set.Analyses[i].Intents & intent) != 0);
        return new IntentCounts(Count(Text.Intents.Cancel), Count(Text.Intents.Switch), Count(Text.Intents.Refund),
            Count(Text.Intents.Complaint), Count(Text.Intents.Praise), Count(Text.Intents.Question));
    }

    /// <summary>The map's main emotion curve (points without a persona) per step id; the first curve lane that has a point wins.</summary>
    public static Dictionary<string, int> Designed(JourneyMap map)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lane in map.Lanes.Where(l => l.Kind == LaneKind.EmotionCurve))
        {
            foreach (var (stepId, cell) in lane.Cells)
            {
                if (cell.Emotions.FirstOrDefault(p => p.PersonaId is null) is { } point)
                {
                    result.TryAdd(stepId, point.Score);
                }
            }
        }

        return result;
    }
}
