namespace Waymark.Server.Features.Feedback;

/// <summary>A workspace's feedback at a glance: counts per source and score type ("none": no score), first and last time.</summary>
public sealed record FeedbackSummaryDto(
    long Items,
    long Customers,
    long WithText,
    IReadOnlyDictionary<string, long> BySource,
    IReadOnlyDictionary<string, long> ByScoreType,
    DateTime? First,
    DateTime? Last);
