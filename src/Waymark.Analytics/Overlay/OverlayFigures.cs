namespace Waymark.Analytics.Overlay;

/// <summary>
/// The overlay of one series (all customers or one segment): the entry and outcome actually used, the unbound
/// steps, the entrants, the outcome, every step in map order and every stage in order.
/// </summary>
public sealed record OverlayFigures(
    string? EntryStepId,
    string? OutcomeStepId,
    IReadOnlyList<string> UnboundStepIds,
    long Entrants,
    OutcomeFigures Outcome,
    IReadOnlyList<StepFigures> Steps,
    IReadOnlyList<StageFigures> Stages);
