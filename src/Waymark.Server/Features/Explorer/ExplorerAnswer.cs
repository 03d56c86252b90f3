using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Search;
using Waymark.Analytics.Text;

namespace Waymark.Server.Features.Explorer;

/// <summary>Runs a resolved request on the snapshot's explorer and shapes the answer.</summary>
internal static class ExplorerAnswer
{
    private static readonly string[] s_bands = ["none", "low", "middle", "high"];
    private static readonly string[] s_sentiments = ["none", "negative", "neutral", "positive"];

    public static FeedbackSearchDto Run(ExplorerScope scope, ExplorerRequest request)
    {
        var result = scope.Snapshot.Explorer.Run(scope.Filter, request.Sort, request.Offset, request.Limit);
        var topics = (scope.Filter.Topics ?? []).Select(SearchQuery.Phrase).ToList();
        var items = result.Page.Select(i => Hit(scope, i, scope.Filter.Query, topics)).ToList();
        var f = result.Facets;
        var tags = scope.Tags.ToDictionary(t => t.Key, t => t.Value.CountShared(result.Matched), StringComparer.Ordinal);
        var facets = new FeedbackFacetsDto(f.Sources, f.ScoreTypes, f.Bands, f.Sentiments, f.Emotions, f.Intents, f.Solicited, f.Unsolicited,
            Steps(scope, result.Matched), tags);
        return new FeedbackSearchDto(result.Total, request.Offset, request.Limit, items, facets);
    }

    private static Dictionary<string, int>? Steps(ExplorerScope scope, ItemSet matched)
    {
        if (scope.Placements is not { } placements)
            return null;
        var counts = new int[scope.StepIds.Count];
        foreach (var i in matched.Items())
        {
            if (placements[i].IsPlaced)
                counts[placements[i].Step]++;
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < counts.Length; s++)
            result.TryAdd(scope.StepIds[s], counts[s]);
        return result;
    }

    private static FeedbackHitDto Hit(ExplorerScope scope, int i, SearchQuery query, IReadOnlyList<SearchQuery> topics)
    {
        var item = scope.Snapshot.Items[i];
        var analysis = scope.Snapshot.Analyses[i];
        var hasText = !string.IsNullOrWhiteSpace(item.Text);
        var band = (int)Bands.ScoreOf(item);
        var sentiment = (int)Bands.SentimentOf(item, analysis);
        return new FeedbackHitDto(item.Id, item.CustomerId, new DateTime(item.UtcTicks, DateTimeKind.Utc), item.Text,
            SearchHighlights.Of(item.Text, query, topics), FeedbackNames.Of(item.Source), item.Solicited, FeedbackNames.Of(item.ScoreType),
            item.ScoreType == ScoreType.None ? null : item.Score, s_bands[band], hasText ? Math.Round(analysis.Sentiment, 4) : null,
            s_sentiments[sentiment], hasText ? Emotions(analysis.Emotions) : [], hasText ? Intents(analysis.Intents) : [],
            item.Language, item.StepId, item.Activity, scope.StepOf(i), scope.TagsOf(i));
    }

    private static List<string> Emotions(EmotionMix mix) =>
        [.. Enum.GetValues<Emotion>().Where(e => mix[e] > 0).OrderByDescending(e => mix[e]).Select(e => e.ToString().ToLowerInvariant())];

    private static List<string> Intents(Intents intents) =>
        [.. Enum.GetValues<Intents>().Where(v => v != Analytics.Text.Intents.None && (intents & v) != 0).Select(v => v.ToString().ToLowerInvariant())];
}
