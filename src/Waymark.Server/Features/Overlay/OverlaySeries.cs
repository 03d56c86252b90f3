using Waymark.Analytics.Overlay;

namespace Waymark.Server.Features.Overlay;

/// <summary>One series of the overlay: all customers ("all") or one segment (its id).</summary>
public sealed record OverlaySeries(
    string Key,
    string Name,
    long Entrants,
    OutcomeFigures Outcome,
    IReadOnlyList<StepFigures> Steps,
    IReadOnlyList<StageFigures> Stages);
