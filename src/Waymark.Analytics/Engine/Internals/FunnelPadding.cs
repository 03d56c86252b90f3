namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// A funnel has two steps at least; the overlay and the paths also measure a map with one bound step, so they add a
/// step that no event matches: its first step's counts are then the one step's, and nothing converts.
/// </summary>
internal static class FunnelPadding
{
    public static IReadOnlyList<FunnelStep> AtLeastTwo(IReadOnlyList<FunnelStep> steps) =>
        steps.Count == 1 ? [steps[0], new FunnelStep("", [])] : steps;
}
