namespace Waymark.Analytics.Insights;

/// <summary>
/// One place where it hurts (docs/analytics.md, "Voice of the customer"): its kind (<see cref="FindingKinds"/>),
/// the step it points at (and every step it spans), a title and a plain sentence or two, how many customers it
/// affects, the outcomes it costs when that can be measured, a score that ranks it within its kind (higher first)
/// and the evidence behind it.
/// </summary>
public sealed record Finding(
    string Id,
    string Kind,
    string? StepId,
    IReadOnlyList<string> StepIds,
    string Title,
    string Detail,
    long CustomersAffected,
    long? OutcomesLost,
    double Score,
    FindingEvidence Evidence);
