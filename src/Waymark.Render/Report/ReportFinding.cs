namespace Waymark.Render.Report;

/// <summary>
/// One place where it hurts, as the insights rank it: its kind ("bottleneck", "momentOfTruth", "painPoint", ...),
/// the step, a title and detail, the customers it affects, the outcomes it costs (when measurable) and quotes.
/// </summary>
public sealed record ReportFinding(
    string Kind,
    string? StepId,
    string Title,
    string Detail,
    long CustomersAffected,
    long? OutcomesLost,
    IReadOnlyList<ReportQuote> Quotes);
