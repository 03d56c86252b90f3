namespace Waymark.Server.Features.Customers;

/// <summary>
/// A customer's events in time order, each with the steps of the chosen map it stands for, and what the customer said
/// (their feedback, in time order, each on the step the map's feedback placement puts it; docs/analytics.md).
/// </summary>
public sealed record TimelineDto(
    string CustomerId,
    IReadOnlyDictionary<string, string> Attributes,
    int TotalEvents,
    IReadOnlyList<TimelineEventDto> Events,
    int TotalFeedback,
    IReadOnlyList<TimelineFeedbackDto> Feedback);

/// <summary>One event of a timeline; stepIds is empty when the event stands for no step of the map.</summary>
public sealed record TimelineEventDto(
    DateTime? At,
    string Activity,
    string? Channel,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> StepIds);
