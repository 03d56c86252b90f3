using Waymark.Analytics.Feedback;
using Waymark.Data.FeedbackStores;

namespace Waymark.Server.Features.Feedback;

/// <summary>Between the engine's <see cref="FeedbackItem"/> and the store's rows (names as lower-case strings).</summary>
public static class FeedbackMapping
{
    /// <summary>A stored row as the engine's item; an unknown stored name falls back to none/other.</summary>
    public static FeedbackItem ToItem(StoredFeedback f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new FeedbackItem(f.FeedbackId, f.CustomerId, f.UtcTicks, f.StepId, f.Activity,
            FeedbackNames.ScoreTypeOf(f.ScoreType) ?? ScoreType.None, f.Score, f.Text,
            FeedbackNames.SourceOf(f.Source) ?? FeedbackSource.Other, f.Solicited, f.Language, f.Properties);
    }

    /// <summary>An item to append; an empty id lets the store derive one from the content.</summary>
    public static NewFeedback ToNew(FeedbackItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new NewFeedback(item.Id.Length == 0 ? null : item.Id, item.CustomerId, item.UtcTicks, item.StepId, item.Activity,
            FeedbackNames.Of(item.ScoreType), item.ScoreType == ScoreType.None ? null : item.Score, item.Text,
            FeedbackNames.Of(item.Source), item.Solicited, item.Language, item.Properties);
    }
}
