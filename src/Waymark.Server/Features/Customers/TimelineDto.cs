namespace Waymark.Server.Features.Customers;

/// <summary>A customer's events in time order, each with the steps of the chosen map it stands for.</summary>
public sealed record TimelineDto(
    string CustomerId,
    IReadOnlyDictionary<string, string> Attributes,
    int TotalEvents,
    IReadOnlyList<TimelineEventDto> Events);

/// <summary>One event of a timeline; stepIds is empty when the event stands for no step of the map.</summary>
public sealed record TimelineEventDto(
    DateTime? At,
    string Activity,
    string? Channel,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> StepIds);
