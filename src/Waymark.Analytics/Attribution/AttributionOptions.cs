using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Attribution;

/// <summary>
/// What to attribute: the map (stages, entry and outcome as the overlay reads them: reaching the outcome is the
/// overlay's Ordered funnel completing), which customers and events count (<see cref="Filter"/>: period and
/// segment), what a touch is, and the time-decay half-life (default 7 days).
/// </summary>
public readonly record struct AttributionOptions
{
    public static readonly TimeSpan DefaultHalfLife = TimeSpan.FromDays(7);

    public IReadOnlyList<OverlayStage> Stages { get; init; }

    public string? EntryStepId { get; init; }

    public string? OutcomeStepId { get; init; }

    public EventFilter Filter { get; init; }

    public AttributionDimension By { get; init; }

    /// <summary>A touch this long before the conversion gets half the weight of one at it; null or not positive: 7 days.</summary>
    public TimeSpan? HalfLife { get; init; }
}
