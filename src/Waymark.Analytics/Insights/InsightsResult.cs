namespace Waymark.Analytics.Insights;

/// <summary>The findings, by kind and then score, with the outcome step and the entrants they were measured against.</summary>
public sealed record InsightsResult(IReadOnlyList<Finding> Findings, string? OutcomeStepId, long Entrants);
