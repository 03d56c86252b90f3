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
    double DesignedOrderShare);
