using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A funnel as SQL: over the per-customer rows of <see cref="FunnelLevels"/> (the best attempt of each customer with
/// attempts), customers per step, the gaps' and time to convert's summaries, the histogram, the customers whose attempts
/// all were cut or reach no step (excluded) and, with Over, customers by period of the best attempt's start and steps
/// reached. With a breakdown every row also counts in its group (arrayJoin of the total '' and its group), and the groups
/// past the limit are measured together by a second query (<see cref="OtherSql"/>), since their gaps' quantiles cannot be
/// added up from each group's. windowFunnel is not used (docs/adr/060-pushdown-seam.md says why).
/// </summary>
internal sealed class FunnelQuery(FunnelLevels levels, TrendGranularity? over)
{
    private int N => levels.Steps;

    /// <summary>Columns of one row of figures (a group's, the total's or other's).</summary>
    private int Figures => N + (N * DurationSql.Columns) + FunnelReport.Buckets.Length + 1 + (over is null ? 0 : 1);

    public string Sql => levels.Grouped
        ? $"SELECT arrayJoin(['', grp]) AS gj, {Aggregates()}\nFROM (\n{levels.Sql}\n)\nGROUP BY gj"
        : $"SELECT {Aggregates()}\nFROM (\n{levels.Sql}\n)";

    public int Columns => (levels.Grouped ? 1 : 0) + Figures;

    /// <summary>The figures of every group but <paramref name="shown"/> (group keys) together.</summary>
    public string OtherSql(IEnumerable<string> shown) =>
        $"SELECT {Aggregates()}\nFROM (\n{levels.Sql}\n) WHERE grp NOT IN ({string.Join(", ", shown.Select(ClickHouseText.Literal))})";

    public int OtherColumns => Figures;

    /// <summary>
    /// The level above the attempts: the best attempt b (most steps, then the shortest time from its start to its last
    /// step, then the earliest; found with two arrayReduce and arrayFirstIndex, not by sorting tuples), its steps
    /// reached r (0 without an attempt) and the gaps g2..gn between its steps. The SELECT list already holds R.
    /// </summary>
    public static void AppendBest(StringBuilder sql, int n)
    {
        sql.Append(",\n  arrayReduce('max', R) AS rmax");
        sql.Append(",\n  arrayReduce('min', arrayFilter((bs, br) -> br = rmax, span, R)) AS smin");
        sql.Append(",\n  arrayFirstIndex((fr, fs) -> fr = rmax AND fs = smin, R, span) AS b");
        sql.Append(",\n  R[b] AS r");
        for (var k = 2; k <= n; k++)
        {
            sql.Append($",\n  T{k}[b] - T{k - 1}[b] AS g{k}");
        }
    }

    /// <summary>The funnel from the rows of <see cref="Sql"/>; <paramref name="otherAsync"/> measures the groups past
    /// the breakdown's limit when there are any.</summary>
    public async Task<FunnelResult> ResultAsync(FunnelOptions options, List<string?[]> rows, Func<IReadOnlyList<string>, Task<string?[]>> otherAsync)
    {
        var steps = options.Steps;
        if (!levels.Grouped)
        {
            return Total(steps, rows.Count == 0 ? null : rows[0], 0);
        }

        var total = rows.FirstOrDefault(r => r[0] == "");
        var groups = rows.Where(r => r[0] != "")
            .Select(r => (Key: r[0]!, Name: FunnelLevels.NameOf(r[0]!), First: DurationSql.Long(r[1]), Row: r))
            .OrderByDescending(g => g.First).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var limit = options.Breakdown.EffectiveLimit;
        var result = groups.Take(limit).Select(g => Group(steps, g.Name, g.Row, 1)).ToList();
        if (groups.Count > limit)
        {
            var other = await otherAsync([.. groups.Take(limit).Select(g => g.Key)]).ConfigureAwait(false);
            result.Add(Group(steps, FunnelBreakdown.OtherGroup, other, 0));
        }

        return Total(steps, total, 1) with { Groups = result };
    }

    private string Aggregates()
    {
        var outer = new StringBuilder(string.Join(", ", Enumerable.Range(1, N).Select(k => $"countIf(r >= {k})")));
        for (var k = 2; k <= N; k++)
        {
            outer.Append(", ").Append(DurationSql.Of($"arraySort(groupArrayIf(g{k}, r >= {k}))"));
        }

        outer.Append(", ").Append(DurationSql.Of($"arraySort(groupArrayIf(conv, r = {N}))"));
        var low = "-1";
        foreach (var (_, upTo) in FunnelReport.Buckets)
        {
            var high = upTo?.Ticks.ToString(CultureInfo.InvariantCulture);
            outer.Append($", countIf(r = {N} AND conv > {low}{(high is null ? "" : " AND conv <= " + high)})");
            low = high ?? low;
        }

        // An attempt that reaches no step (AnyOrder: later steps without the first), or every attempt cut by an
        // exclusion, leaves its customer excluded.
        outer.Append(", countIf(r = 0)");
        if (over is { } granularity)
        {
            // Customers by (period of the best attempt's start, steps reached): 64 * period + r; r = 0 is dropped in C#.
            outer.Append($", sumMap([toInt64({CalendarSql.Period(granularity, CalendarSql.Day("st"))}) * 64 + r], [toUInt64(1)])");
        }

        return outer.ToString();
    }

    private FunnelResult Total(IReadOnlyList<FunnelStep> steps, string?[]? row, int at)
    {
        row ??= Empty(at);
        var convertAt = at + N + ((N - 1) * DurationSql.Columns);
        var bucketsAt = convertAt + DurationSql.Columns;
        var histogram = FunnelReport.Buckets.Select((b, i) => new HistogramBucket(b.Label, b.UpTo, DurationSql.Long(row[bucketsAt + i]))).ToList();
        var excludedAt = bucketsAt + FunnelReport.Buckets.Length;
        return new FunnelResult(Steps(steps, row, at), DurationSql.Long(row[excludedAt]), histogram, [])
        {
            TimeToConvertSummary = DurationSql.Read(row, convertAt),
            Periods = over is { } granularity ? Periods(granularity, row[excludedAt + 1]) : [],
        };
    }

    private FunnelGroupResult Group(IReadOnlyList<FunnelStep> steps, string name, string?[] row, int at) =>
        new(name, Steps(steps, row, at), DurationSql.Long(row[at + N + ((N - 1) * DurationSql.Columns) + DurationSql.Columns + FunnelReport.Buckets.Length]));

    private List<FunnelStepResult> Steps(IReadOnlyList<FunnelStep> steps, string?[] row, int at)
    {
        var reached = Enumerable.Range(0, N).Select(i => DurationSql.Long(row[at + i])).ToArray();
        var result = new List<FunnelStepResult>(N);
        for (var i = 0; i < N; i++)
        {
            var previous = i == 0 ? reached[0] : reached[i - 1];
            var gaps = i == 0 ? DurationSummary.Empty : DurationSql.Read(row, at + N + ((i - 1) * DurationSql.Columns));
            result.Add(new FunnelStepResult(steps[i].Name, reached[i], Ratio(reached[i], reached[0]), Ratio(reached[i], previous), previous - reached[i], gaps));
        }

        return result;
    }

    private List<FunnelPeriod> Periods(TrendGranularity granularity, string? field)
    {
        var periods = new SortedDictionary<long, long[]>();
        foreach (var (key, count) in SumMap.Parse(field))
        {
            var (period, r) = (Math.DivRem(key, 64L).Quotient, (int)Math.DivRem(key, 64L).Remainder);
            if (r == 0)
            {
                continue;
            }

            if (!periods.TryGetValue(period, out var reached))
            {
                periods[period] = reached = new long[N];
            }

            for (var k = 0; k < r; k++)
            {
                reached[k] += count;
            }
        }

        return [.. periods.Select(p => new FunnelPeriod(CalendarPeriods.StartOf(granularity, p.Key), p.Value))];
    }

    /// <summary>A row of zeros (no customer at all: a grouped query then has no total row).</summary>
    private string?[] Empty(int at) =>
        [.. Enumerable.Repeat<string?>("0", at + Figures - (over is null ? 0 : 1)), .. over is null ? Array.Empty<string?>() : ["([],[])"]];

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
