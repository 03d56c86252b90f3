namespace Waymark.Analytics.Engine;

/// <summary>
/// Paths from a start activity (<see cref="From"/>) or towards an end activity (<see cref="To"/>), or from each
/// journey's first event when neither is set. <see cref="Depth"/> steps including the anchor (0: 5);
/// <see cref="Width"/> activities kept per step, the rest folded into "other" (0: 8). <see cref="Start"/> anchors
/// the paths on a step (any of its activities, on an event where its conditions hold) instead of one activity.
/// </summary>
public readonly record struct PathOptions
{
    public EventFilter Filter { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>
    /// An anchor made of a step, read exactly as a funnel step (activities, conditions, alternatives); when set it
    /// replaces <see cref="From"/> and <see cref="To"/>, step 0 is named by it, and <see cref="Backward"/> says the
    /// direction.
    /// </summary>
    public FunnelStep? Start { get; init; }

    /// <summary>With <see cref="Start"/> (or with no anchor at all): walk back from it instead of forward.</summary>
    public bool Backward { get; init; }

    public int Depth { get; init; }

    public int Width { get; init; }

    /// <summary>A run of the same activity counts as one step.</summary>
    public bool CollapseRepeats { get; init; }

    /// <summary>Split a customer's events into visits at gaps longer than this (null: off; ignored without timestamps).</summary>
    public TimeSpan? SessionGap { get; init; }

    /// <summary>Complete paths (folded) listed, the most common first (0: 50).</summary>
    public int TopPaths { get; init; }

    internal int EffectiveDepth => Depth > 0 ? Depth : 5;

    internal int EffectiveWidth => Width > 0 ? Width : 8;

    internal int EffectiveTopPaths => TopPaths > 0 ? TopPaths : 50;

    internal bool Towards => Start is null && From is null ? Backward || To is not null : Start is null ? To is not null : Backward;

    internal string? AnchorName => Start?.Name ?? To ?? From;
}
