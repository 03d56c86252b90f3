using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Overlay.Internals;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The overlay's measurements as one query, one pass over the customers (docs/adr/066-overlay-pushdown.md): per
/// customer (GROUP BY customer_id) the events that complete a bound step, as step masks in time-then-seq order; the
/// Ordered funnel over the in-funnel steps (<see cref="FunnelAttempts"/>, the best attempt of
/// <see cref="FunnelQuery"/>); the steps visited (visitors) and the trend buckets each step was done in. Across
/// customers: customers per funnel step, the summaries of the gaps, visitors per bound step and the trend counts
/// (one sumMap keyed by step and bucket). The figures are then built by the engine's own builders. The per-customer
/// part is three nested SELECTs (grouping, attempts, best attempt and trend keys) so no alias expands across them
/// (docs/adr/069-pushdown-speed.md).
/// </summary>
internal sealed class OverlayQuery
{
    private const int MaskBits = 64;
    private const long TicksPerDay = TimeSpan.TicksPerDay;

    /// <summary>Days from 0001-01-01 to 1970-01-01, and the Monday weeks' offset (719159 = 7 * 102737 days).</summary>
    private const long EpochDay = 719162;
    private const long EpochWeek = 102737;

    private readonly OverlayPlan _plan;
    private readonly TrendRange _range;
    private readonly List<int> _bound;

    public OverlayQuery(OverlayPlan plan, TrendRange range)
    {
        _plan = plan;
        _range = range;
        _bound = plan.BoundSteps();
    }

    /// <summary>No bound step: nothing to measure, so no query.</summary>
    public bool Empty => _bound.Count == 0;

    public int Columns => Funnel + (Math.Max(0, Funnel - 1) * DurationSql.Columns) + _bound.Count + (_range.Count > 0 ? 1 : 0);

    private int Funnel => _plan.Funnel.Count;

    private int Groups => (_bound.Count + MaskBits - 1) / MaskBits;

    public string Sql(string where)
    {
        var masks = Enumerable.Range(0, Groups).Select(g => StepMasks.Of(
            [.. _bound.Skip(g * MaskBits).Take(MaskBits).Select(i => OverlayEngine.ToFunnelStep(_plan.Steps[i]))])).ToList();
        var visited = string.Join(", ", Enumerable.Range(0, Groups).Select(g => $"v{g}"));
        var attempts = new StringBuilder($"SELECT {visited}, {string.Join(", ", Enumerable.Range(0, Groups).Select(g => $"m{g}"))}, t");
        var best = new StringBuilder($"SELECT {visited}");
        if (Funnel > 0)
        {
            var flags = _plan.Funnel.Select(i => StepMasks.Flag("m", _bound.IndexOf(i))).ToList();
            FunnelAttempts.Append(attempts, flags, FunnelMode.Ordered, window: null);
            FunnelQuery.AppendBest(best, Funnel);
        }

        if (_range.Count > 0)
        {
            AppendTrend(best);
        }

        var activities = _bound.SelectMany(i => _plan.Steps[i].Activities).Distinct(StringComparer.Ordinal);
        var customers = $"{PushdownScope.CustomerMasks(masks)}\nFROM events WHERE {where} AND activity IN ({StepMasks.Literals(activities)}) GROUP BY customer_id";
        return $"SELECT {string.Join(", ", Outer())}\nFROM (\n{best}\nFROM (\n{attempts}\nFROM (\n{customers}\n)\n)\n)";
    }

    /// <summary>The funnel's run, visitors and trend counts per step of the plan (null where a step is unbound).</summary>
    public (FunnelRun Funnel, long[] Visitors, long[][] Trend) Read(string?[] row)
    {
        var n = Funnel;
        var customers = new long[n];
        var (median, p90) = (new double?[n], new double?[n]);
        for (var k = 0; k < n; k++)
        {
            customers[k] = DurationSql.Long(row[k]);
            var gaps = k == 0 ? DurationSummary.Empty : DurationSql.Read(row, n + ((k - 1) * DurationSql.Columns));
            (median[k], p90[k]) = gaps.Count > 0 ? (gaps.Median.TotalSeconds, gaps.P90.TotalSeconds) : ((double?)null, (double?)null);
        }

        var at = n + (Math.Max(0, n - 1) * DurationSql.Columns);
        var visitors = new long[_plan.Steps.Count];
        var trend = new long[_plan.Steps.Count][];
        for (var j = 0; j < _bound.Count; j++)
        {
            visitors[_bound[j]] = DurationSql.Long(row[at + j]);
            trend[_bound[j]] = new long[_range.Count];
        }

        if (_range.Count > 0)
        {
            foreach (var (key, count) in SumMap.Parse(row[at + _bound.Count]))
            {
                trend[_bound[(int)(key / _range.Count)]][key % _range.Count] = count;
            }
        }

        return (new FunnelRun(customers, median, p90), visitors, trend);
    }

    private IEnumerable<string> Outer()
    {
        for (var k = 1; k <= Funnel; k++)
        {
            yield return $"countIf(r >= {k})";
        }

        for (var k = 2; k <= Funnel; k++)
        {
            yield return DurationSql.Of($"arraySort(groupArrayIf(g{k}, r >= {k}))");
        }

        for (var j = 0; j < _bound.Count; j++)
        {
            yield return $"countIf({StepMasks.Has($"v{j / MaskBits}", j % MaskBits)})";
        }

        if (_range.Count > 0)
        {
            yield return "sumMap(tk, arrayMap(x -> toUInt64(1), tk))";
        }
    }

    /// <summary>
    /// bk: each event's trend bucket (its UTC day or Monday week, less the range's first); tk: per bound step j the
    /// distinct buckets in range it was done in, as j * buckets + bucket, so one sumMap counts customers per both.
    /// </summary>
    private void AppendTrend(StringBuilder inner)
    {
        var day = $"intDiv(x, {TicksPerDay.ToString(CultureInfo.InvariantCulture)})";
        var period = _range.Weeks ? $"intDiv({day}, 7) - {EpochWeek}" : $"{day} - {EpochDay}";
        inner.Append($",\n  arrayMap(x -> {period} - {Number(_range.FirstPeriod)}, t) AS bk");
        var perStep = Enumerable.Range(0, _bound.Count).Select(j =>
            $"arrayMap(tb{j} -> tb{j} + {Number((long)j * _range.Count)}, arrayDistinct(arrayFilter((fb{j}, fm{j}) -> fb{j} >= 0 AND fb{j} < {_range.Count} AND " +
            $"{StepMasks.Has($"fm{j}", j % MaskBits)}, bk, m{j / MaskBits})))").ToList();
        inner.Append(",\n  ").Append(perStep.Count == 1 ? perStep[0] : $"arrayConcat({string.Join(", ", perStep)})").Append(" AS tk");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
