namespace Waymark.Analytics.Engine.Internals;

/// <summary>Duration summaries with discrete quantiles found by selection (no full sort).</summary>
internal static class Quantiles
{
    public static DurationSummary Summarize(Span<long> values)
    {
        if (values.IsEmpty)
        {
            return DurationSummary.Empty;
        }

        long min = long.MaxValue, max = long.MinValue;
        Int128 sum = 0;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sum += v;
        }

        var p90 = Select(values, Index(values.Length, 0.9));
        var median = Select(values, Index(values.Length, 0.5));
        var mean = (long)(sum / values.Length);
        return new DurationSummary(values.Length, TimeSpan.FromTicks(mean), TimeSpan.FromTicks(median), TimeSpan.FromTicks(p90), TimeSpan.FromTicks(min), TimeSpan.FromTicks(max));
    }

    /// <summary>Nearest rank: ceil(n * q) - 1, the smallest value whose cumulative share reaches q (DuckDB's quantile_disc).</summary>
    public static int Index(int count, double q) => Math.Max(0, (int)Math.Ceiling(count * q) - 1);

    /// <summary>The k-th smallest value (0-based), reordering the span (Hoare selection, median-of-three).</summary>
    public static long Select(Span<long> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var mid = left + ((right - left) >> 1);
            var pivot = MedianOfThree(values[left], values[mid], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) { i++; }
                while (values[j] > pivot) { j--; }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static long MedianOfThree(long a, long b, long c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
