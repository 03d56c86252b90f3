namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// Colour levels 0..3 for values where higher is worse (drop-off rate, median wait), relative to the worst of the
/// candidates: 3 for the worst (ties included), 2 at half of it or more, 1 at a quarter or more, else 0; a null or
/// zero value is always 0.
/// </summary>
internal static class Levels
{
    public static int[] Rank(IReadOnlyList<double?> values)
    {
        var worst = 0.0;
        foreach (var value in values)
        {
            worst = Math.Max(worst, value ?? 0);
        }

        var levels = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i] ?? 0;
            levels[i] = value <= 0 || worst <= 0 ? 0
                : value >= worst ? 3
                : value >= worst / 2 ? 2
                : value >= worst / 4 ? 1
                : 0;
        }

        return levels;
    }
}
