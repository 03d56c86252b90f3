namespace Waymark.Analytics.Mapping;

/// <summary>
/// How customers really moved over a map's steps. <see cref="Customers"/> counts customers with at least one event
/// on a bound step; <see cref="DesignedOrderShare"/> is the share of them whose visited steps never go back in the
/// map's order (0 when there are none).
/// </summary>
public sealed record ActualPaths(
    long Customers,
    IReadOnlyList<StepTransition> Transitions,
    IReadOnlyList<HiddenActivity> HiddenActivities,
    IReadOnlyList<string> UnreachedStepIds,
    double DesignedOrderShare)
{
    /// <summary>
    /// True when <see cref="PathsOptions.Limit"/> left transitions or hidden activities out: the strongest (most
    /// customers) are listed, <see cref="TransitionCount"/> says how many transitions there were.
    /// </summary>
    public bool Truncated { get; init; }

    /// <summary>Transitions made, listed or not.</summary>
    public int TransitionCount { get; init; }

    /// <summary>Customers who did the entry step: the overlay's entrants, among <see cref="Customers"/>.</summary>
    public long Entered { get; init; }

    /// <summary>The in-funnel steps, entry first, read against the paths (none when the map has no funnel).</summary>
    public IReadOnlyList<FunnelStepPaths> Funnel { get; init; } = [];
}
