using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A <see cref="DurationSummary"/> computed in ClickHouse from a sorted array of non-negative tick counts, by the
/// engine's rules: nearest-rank quantiles (1-based index ceil(n * q), the same double arithmetic as the engine's
/// <c>ceil(n * q) - 1</c>), not quantileExact (which takes index floor(n * q) and so the upper median of an even
/// count); the mean truncated from an exact sum, summed in two halves of 32 bits because an Int64 sum of durations
/// overflows (ClickHouse 18.16 has no Int128).
/// </summary>
internal static class DurationSql
{
    public const int Columns = 7;

    private const string Half = "4294967296";

    /// <summary>Seven columns over <paramref name="sorted"/>, an expression of a sorted Int64 array (repeated, not
    /// aliased, so the array itself is not sent back; ClickHouse computes an expression repeated verbatim once).</summary>
    public static string Of(string sorted) =>
        $"length({sorted}), arraySum(arrayMap(x -> intDiv(x, {Half}), {sorted})), arraySum(arrayMap(x -> x % {Half}, {sorted})), " +
        $"{sorted}[1], {sorted}[length({sorted})], {Rank(sorted, "0.5")}, {Rank(sorted, "0.9")}";

    public static DurationSummary Read(string?[] row, int at)
    {
        var count = Long(row[at]);
        if (count == 0)
        {
            return DurationSummary.Empty;
        }

        var sum = (Int128.Parse(row[at + 1]!, CultureInfo.InvariantCulture) << 32) + Int128.Parse(row[at + 2]!, CultureInfo.InvariantCulture);
        var mean = (long)(sum / count);
        return new DurationSummary(count, Ticks(mean), Ticks(Long(row[at + 5])), Ticks(Long(row[at + 6])), Ticks(Long(row[at + 3])), Ticks(Long(row[at + 4])));
    }

    public static long Long(string? field) => long.Parse(field!, CultureInfo.InvariantCulture);

    private static string Rank(string sorted, string q) => $"{sorted}[toUInt64(greatest(1, ceil(length({sorted}) * {q})))]";

    private static TimeSpan Ticks(long ticks) => TimeSpan.FromTicks(ticks);
}
