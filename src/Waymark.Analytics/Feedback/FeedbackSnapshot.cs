using Waymark.Analytics.Feedback.Search;
using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// A workspace's feedback as the engine reads it, never changed once made: the items in store order, one text
/// analysis per item, and the topic index over all their texts (corpus index = item index).
/// </summary>
public sealed record FeedbackSnapshot(IReadOnlyList<FeedbackItem> Items, IReadOnlyList<TextAnalysis> Analyses, TopicIndex Topics)
{
    private readonly Lazy<FeedbackExplorer> _explorer = new(() => FeedbackExplorer.Build(Items, Analyses));

    public static FeedbackSnapshot Empty { get; } = new([], [], TopicIndex.Build([]));

    /// <summary>The explorer's search index, filters and orders over these items, built on first use (once per snapshot).</summary>
    public FeedbackExplorer Explorer => _explorer.Value;

    /// <summary>
    /// This snapshot with <paramref name="added"/> after its items: only the new texts are analysed (in parallel), the
    /// topic index is built again over every text. This snapshot stays as it was; no items added gives it back.
    /// </summary>
    public FeedbackSnapshot Extend(IReadOnlyList<FeedbackItem> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            return this;
        }

        var items = new List<FeedbackItem>(Items.Count + added.Count);
        items.AddRange(Items);
        items.AddRange(added);
        var analyses = new TextAnalysis[items.Count];
        for (var i = 0; i < Analyses.Count; i++)
        {
            analyses[i] = Analyses[i];
        }

        Parallel.For(Items.Count, items.Count, i => analyses[i] = TextAnalyzer.Default.Analyze(items[i].Text));
        return new FeedbackSnapshot(items, analyses, TopicIndex.Build([.. items.Select(i => i.Text)]));
    }
}
