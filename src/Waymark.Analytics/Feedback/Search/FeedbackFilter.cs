using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// What the explorer keeps: every condition given must hold (AND); within one condition any listed value may
/// (OR). Null or empty means no condition. <see cref="Within"/> carries the conditions the caller resolved to items
/// (a map's steps, a segment's customers, tags): only its items count.
/// </summary>
public sealed record FeedbackFilter
{
    public SearchQuery Query { get; init; } = SearchQuery.Empty;

    public IReadOnlySet<FeedbackSource>? Sources { get; init; }

    public IReadOnlySet<ScoreType>? ScoreTypes { get; init; }

    public IReadOnlySet<ScoreBand>? Bands { get; init; }

    public IReadOnlySet<SentimentBand>? Sentiments { get; init; }

    public IReadOnlySet<Emotion>? Emotions { get; init; }

    /// <summary>Any of these intents; <see cref="Intents.None"/> for no condition.</summary>
    public Intents Intents { get; init; }

    public bool? Solicited { get; init; }

    /// <summary>UTC ticks, inclusive (as the overlay's range).</summary>
    public long? FromTicks { get; init; }

    /// <summary>UTC ticks, exclusive.</summary>
    public long? ToTicks { get; init; }

    /// <summary>Topic phrases: the text mentions any of them as whole words in a row.</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    public ItemSet? Within { get; init; }
}
