using Waymark.Analytics.Engine;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// Which feedback counts and how it is placed: <see cref="Filter"/> is the overlay's filter (its From/To select
/// feedback by time; its customer conditions are the segment, judged as the overlay judges them), and
/// <see cref="Window"/> is how far back a customer's bound event may lie to place feedback (default 168 hours).
/// </summary>
public readonly record struct FeedbackOptions
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(168);

    public EventFilter Filter { get; init; }

    public TimeSpan? Window { get; init; }

    internal long WindowTicks => (Window ?? DefaultWindow).Ticks;

    /// <summary>Whether the filter restricts customers (a segment), not only time.</summary>
    internal bool HasSegment => Filter.Did is not null || Filter.DidNot is not null || Filter.AttributeKey is not null ||
        Filter.Attributes is not null || Filter.Channels is not null || Filter.PropertyKey is not null;
}
