using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.Paths"/> as SQL: per customer its activity ids in the engine's order (time, then seq) and, with an
/// anchor, whether each event is one; cut into journeys at gaps longer than the session gap; per journey its anchor
/// (the first event that is one, else the first or, backward, the last event), repeats collapsed around it, and its
/// path: up to depth ids from the anchor, forward or back. Only the distinct paths with their journeys come back; the
/// nodes, edges, ends, the fold into "other" and the top paths are the engine's own <see cref="PathReport"/> over them.
/// </summary>
internal static class PathQuery
{
    public const int Columns = 2;

    /// <summary>
    /// Per event, whether it is the journey's anchor: an activity (<see cref="PathOptions.From"/> or
    /// <see cref="PathOptions.To"/>) or a step read as a funnel step (<see cref="PairMasks"/>: its activities, conditions
    /// and alternatives); null with no anchor. Built before any query: a step of more than 64 forms is not supported.
    /// </summary>
    public static string? Anchor(in PathOptions options) =>
        options.Start is { } step ? $"toUInt8(bitAnd({new PairMasks(step, null).Expression}, toUInt64(1)) != 0)"
        : options.AnchorName is { } name ? $"toUInt8(activity = {ClickHouseText.Literal(name)})"
        : null;

    public static string Sql(string where, ActivityIds ids, in PathOptions options, string? anchor)
    {
        var depth = options.EffectiveDepth.ToString(CultureInfo.InvariantCulture);
        var flag = anchor is null ? "" : $", {anchor}";
        var customers = $"SELECT arraySort(groupArray((ticks, seq, {ids.Expression()}{flag}))) AS z, arrayMap(za -> za.3, z) AS a, " +
            $"{(anchor is null ? "" : "arrayMap(zf -> zf.4, z) AS f, ")}arrayMap(zt -> zt.1, z) AS t\nFROM events WHERE {where} GROUP BY customer_id";
        var journeys = Journeys(customers, options.SessionGap, anchor is not null);
        var at = anchor is not null ? "indexOf(jf, 1)" : options.Towards ? "length(ja)" : "toUInt64(1)";
        // Collapsed: rs marks where a run of one activity starts; the anchor's place is the count of runs up to it.
        var (runs, sequence, position) = options.CollapseRepeats
            ? ("arrayMap((rx, ry) -> rx != ry, ja, arrayPushFront(arrayPopBack(ja), 0)) AS rs, ", "arrayFilter((cx, cr) -> cr, ja, rs)", "arrayCumSum(rs)[ai]")
            : ("", "ja", "ai");
        var path = options.Towards
            ? $"arrayReverse(arraySlice(ca, greatest(1, toInt64(ci) - {depth} + 1), least(ci, {depth})))"
            : $"arraySlice(ca, ci, {depth})";
        return $"""
            SELECT p, count() FROM (
              SELECT {path} AS p FROM (
                SELECT {runs}{sequence} AS ca, {at} AS ai, {position} AS ci
                FROM ({journeys})
                WHERE ai > 0))
            GROUP BY p
            """;
    }

    /// <summary>The distinct paths and their journeys counted as the engine's pass counts them, then its report.</summary>
    public static PathResult Result(IReadOnlyList<string?[]> rows, ActivityIds ids, in PathOptions options)
    {
        var names = new string[ids.Count];
        for (var id = 1; id <= ids.Count; id++)
        {
            names[ids.FirstSeen(id)] = ids.Name(id);
        }

        var tally = new PathTally(ids.Count, options.EffectiveDepth);
        foreach (var row in rows)
        {
            tally.Add(LogIds(row[0], ids), DurationSql.Long(row[1]));
        }

        return PathReport.Build(ids.Count, id => names[id], options, tally);
    }

    /// <summary>
    /// Each customer's events (<c>ja</c>, and <c>jf</c> the anchor flags) as one journey, or with a session gap cut into
    /// journeys where the time from the previous event is longer than it, one row each.
    /// </summary>
    private static string Journeys(string customers, TimeSpan? gap, bool flags)
    {
        if (gap is not { } g)
        {
            return $"SELECT a AS ja{(flags ? ", f AS jf" : "")} FROM ({customers})";
        }

        var ticks = g.Ticks.ToString(CultureInfo.InvariantCulture);
        var starts = $"arrayFilter((gi, gb) -> gi = 1 OR gb, arrayEnumerate(t), arrayMap((gx, gy) -> gx - gy > {ticks}, t, arrayPushFront(arrayPopBack(t), 0)))";
        return $"SELECT arraySlice(a, j0, j1 - j0) AS ja{(flags ? ", arraySlice(f, j0, j1 - j0) AS jf" : "")}\n" +
            $"FROM (SELECT a{(flags ? ", f" : "")}, {starts} AS js FROM ({customers}))\n" +
            "ARRAY JOIN js AS j0, arrayPushBack(arrayPopFront(js), length(a) + 1) AS j1";
    }

    /// <summary>A path as ClickHouse writes it (<c>[3,1,2]</c>, ids in ordinal order) as the log's ids in characters.</summary>
    private static string LogIds(string? array, ActivityIds ids)
    {
        var path = ActivityIds.Parse(array);
        if (path.Length == 0)
        {
            throw new FormatException("path: empty");
        }

        // An id of 0 (an activity stored after the ids were read) throws: the caller asks again.
        return string.Concat(path.Select(id => (char)ids.FirstSeen(id)));
    }
}
