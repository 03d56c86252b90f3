using Waymark.Analytics.Engine;

namespace Waymark.Analytics.Overlay;

/// <summary>
/// What to lay over a map: its stages and steps in order, the entry and outcome step ids (null: first / last bound
/// step) and which customers and events count (time range and segment, as an <see cref="EventFilter"/>).
/// </summary>
public readonly record struct OverlayOptions
{
    public IReadOnlyList<OverlayStage> Stages { get; init; }

    public string? EntryStepId { get; init; }

    public string? OutcomeStepId { get; init; }

    public EventFilter Filter { get; init; }
}
