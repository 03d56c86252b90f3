namespace Waymark.Analytics.Mapping;

/// <summary>An event on a customer timeline and the steps (map order) it stands for.</summary>
public sealed record TimelineEvent(
    DateTimeOffset? At,
    string Activity,
    string? Channel,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> StepIds);
