using System.Globalization;

namespace Waymark.Pushdown.Internals;

/// <summary>A <c>sumMap</c> result as ClickHouse writes it in TabSeparated: <c>([k1,k2],[c1,c2])</c>, integers only.</summary>
internal static class SumMap
{
    public static IEnumerable<(long Key, long Count)> Parse(string? field)
    {
        var text = field ?? throw new FormatException("sumMap: no value");
        var middle = text.IndexOf("],[", StringComparison.Ordinal);
        if (!text.StartsWith("([", StringComparison.Ordinal) || !text.EndsWith("])", StringComparison.Ordinal) || middle < 0)
        {
            throw new FormatException($"sumMap: unexpected value {text}");
        }

        var keys = Numbers(text[2..middle]);
        var counts = Numbers(text[(middle + 3)..^2]);
        if (keys.Length != counts.Length)
        {
            throw new FormatException($"sumMap: {keys.Length} keys and {counts.Length} counts");
        }

        return keys.Zip(counts);
    }

    private static long[] Numbers(string list) => list.Length == 0 ? []
        : [.. list.Split(',').Select(n => long.Parse(n, CultureInfo.InvariantCulture))];
}
