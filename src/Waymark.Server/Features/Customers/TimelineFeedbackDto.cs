namespace Waymark.Server.Features.Customers;

/// <summary>
/// Something the customer said, as it sits in their timeline: score (with its type), text as given (plain text, never
/// markup), source, whether it was asked for, the text's sentiment (-1..1, null without text), and the map step it is
/// placed on with the rule that placed it (step, activity, event, keyword; null stepId: not placed or no map).
/// </summary>
public sealed record TimelineFeedbackDto(
    string Id,
    DateTime At,
    string? ScoreType,
    double? Score,
    string? Text,
    string Source,
    bool Solicited,
    double? Sentiment,
    string? StepId,
    string? PlacedBy);
