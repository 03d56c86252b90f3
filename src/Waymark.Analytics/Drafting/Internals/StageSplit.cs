namespace Waymark.Analytics.Drafting.Internals;

/// <summary>
/// Groups the ordered steps into stages: round(steps / 3) stages, at least 3 and at most 6 (never more than the
/// steps), cut at the largest median gaps between consecutive steps. A gap nobody crosses counts as the largest;
/// among equal gaps the earlier one is cut. So steps customers take in one sitting stay together, and a stage
/// starts where customers pause the longest.
/// </summary>
internal static class StageSplit
{
    public const int MinStages = 3;
    public const int MaxStages = 6;

    /// <summary>The number of steps in each stage, in order.</summary>
    public static List<int> Sizes(IReadOnlyList<long?> gaps, int steps)
    {
        var stages = StageCount(steps);
        var cuts = Enumerable.Range(0, gaps.Count)
            .OrderByDescending(i => gaps[i] ?? long.MaxValue)
            .ThenBy(i => i)
            .Take(stages - 1)
            .Order()
            .ToList();
        var sizes = new List<int>();
        var start = 0;
        foreach (var cut in cuts)
        {
            sizes.Add(cut + 1 - start);
            start = cut + 1;
        }

        if (steps > 0)
        {
            sizes.Add(steps - start);
        }

        return sizes;
    }

    public static int StageCount(int steps) =>
        steps <= 0 ? 0 : Math.Min(steps, Math.Clamp((int)Math.Round(steps / 3.0, MidpointRounding.AwayFromZero), MinStages, MaxStages));
}
