using Waymark.Analytics.Feedback;
using Waymark.Analytics.Text;

namespace Waymark.Server.Features.MapFeedback;

/// <summary>
/// A workspace's feedback as the engine reads it, never changed once made: the items in store order, one text
/// analysis per item, and the topic index over all their texts (corpus index = item index).
/// </summary>
public sealed record FeedbackSnapshot(IReadOnlyList<FeedbackItem> Items, IReadOnlyList<TextAnalysis> Analyses, TopicIndex Topics)
{
    public static FeedbackSnapshot Empty { get; } = new([], [], TopicIndex.Build([]));
}
