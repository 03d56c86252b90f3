namespace Waymark.Analytics.Engine;

/// <summary>
/// Paths from a start activity (<see cref="From"/>) or towards an end activity (<see cref="To"/>), or from each
/// journey's first event when neither is set. <see cref="Depth"/> steps including the anchor (0: 5);
/// <see cref="Width"/> activities kept per step, the rest folded into "other" (0: 8).
/// </summary>
public readonly record struct PathOptions
{
    public EventFilter Filter { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public int Depth { get; init; }

    public int Width { get; init; }

    /// <summary>A run of the same activity counts as one step.</summary>
    public bool CollapseRepeats { get; init; }

    /// <summary>Split a customer's events into visits at gaps longer than this (null: off; ignored without timestamps).</summary>
    public TimeSpan? SessionGap { get; init; }

    internal int EffectiveDepth => Depth > 0 ? Depth : 5;

    internal int EffectiveWidth => Width > 0 ? Width : 8;
}
