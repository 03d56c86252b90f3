namespace Waymark.Bench;

/// <summary>
/// An analysis result reduced to keyed numbers, the same way on both sides, so Waymark and DuckDB can be compared.
/// Approximate values (means) may differ by half a unit (Waymark truncates to 100 ns ticks).
/// </summary>
public sealed class Comparable
{
    private readonly SortedDictionary<string, (double Value, bool Approximate)[]> _rows = new(StringComparer.Ordinal);

    public int Count => _rows.Count;

    public void Add(string key, params double[] exact) => _rows[key] = [.. exact.Select(v => (v, false))];

    public void AddWithMean(string key, double mean, params double[] exact) =>
        _rows[key] = [(mean, true), .. exact.Select(v => (v, false))];

    /// <summary>Null when equal, else the first difference.</summary>
    public string? Difference(Comparable other)
    {
        if (_rows.Count != other._rows.Count)
        {
            return $"{_rows.Count} rows vs {other._rows.Count}";
        }

        foreach (var (key, values) in _rows)
        {
            if (!other._rows.TryGetValue(key, out var theirs))
            {
                return $"row '{key}' missing in DuckDB";
            }

            for (var i = 0; i < values.Length; i++)
            {
                var tolerance = values[i].Approximate ? 0.5 + (1e-9 * Math.Abs(values[i].Value)) : 1e-9 * Math.Abs(values[i].Value);
                if (Math.Abs(values[i].Value - theirs[i].Value) > tolerance)
                {
                    return $"row '{key}' value {i}: {values[i].Value} vs {theirs[i].Value}";
                }
            }
        }

        return null;
    }
}
