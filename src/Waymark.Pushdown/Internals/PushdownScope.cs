using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The events an analysis reads: one source, the filter's period (From &lt;= time &lt; To, as the engine's filter) and
/// its customer conditions (<see cref="CustomerConditions"/>), then the event matches (a map's bindings) read as their
/// activities. The property condition, and event matches with property conditions, are not pushed down yet: they throw
/// <see cref="NotSupportedException"/>.
/// </summary>
internal static class PushdownScope
{
    /// <param name="eventMatches">Whether the caller's analysis reads event matches as the engine's filter does (the
    /// overlay's pushdown does not claim them: its steps are matches of their own).</param>
    public static string Where(EventSourceKey source, in EventFilter filter, bool eventMatches = true)
    {
        var unsupported = Unsupported(filter) ?? (!eventMatches && filter.Events is not null ? "event matches" : null);
        if (unsupported is not null)
        {
            throw new NotSupportedException($"Pushdown does not yet apply the filter's {unsupported}; run the analysis over the in-memory log.");
        }

        var sourceOnly = Source(source);
        var events = new StringBuilder(sourceOnly);
        if (filter.From is { } from)
        {
            events.Append(" AND ticks >= ").Append(from.UtcTicks.ToString(CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            events.Append(" AND ticks < ").Append(to.UtcTicks.ToString(CultureInfo.InvariantCulture));
        }

        var where = new StringBuilder(events.ToString());
        CustomerConditions.Append(where, sourceOnly, events.ToString(), filter);
        if (filter.Events is { } matches)
        {
            // Applied last, as the engine's matches: the customer conditions above judge every event of the period.
            var activities = matches.SelectMany(m => m.Activities).Distinct(StringComparer.Ordinal).Select(ClickHouseText.Literal).ToList();
            where.Append(activities.Count == 0 ? " AND 0" : $" AND activity IN ({string.Join(", ", activities)})");
        }

        return where.ToString();
    }

    /// <summary>Every event of the source, before any filter.</summary>
    public static string Source(EventSourceKey source) =>
        $"workspace_id = {ClickHouseText.Literal(source.WorkspaceId)} AND source_id = {ClickHouseText.Literal(source.SourceId)}";

    /// <summary>
    /// A customer's events as two arrays in the engine's order, by time with ties in input order (seq):
    /// <c>a</c> (activities) and <c>t</c> (ticks). For a SELECT that groups by customer_id.
    /// </summary>
    public const string CustomerArrays =
        "arraySort((x, k) -> k, groupArray(activity), groupArray((ticks, seq))) AS a, arraySort(groupArray(ticks)) AS t";

    /// <summary>
    /// A customer's events as step masks (one array per group of up to 64 steps, <see cref="StepMasks"/>): m0, m1, ...
    /// in the engine's order (time, ties by seq), v0, v1, ... the steps done at all, and t the times; the SELECT list
    /// that groups by customer_id. One sort of (ticks, seq, masks...) tuples gives every array (seq is unique, so the
    /// masks never decide); each mask is written once, so property conditions do not blow up the query.
    /// </summary>
    /// <param name="extra">An expression per event carried in the same order as <c>x</c> (e.g. its channel), or null.</param>
    /// <param name="customer">Whether the SELECT list starts with <c>customer_id</c> (a level above needs it).</param>
    public static string CustomerMasks(IReadOnlyList<string> masks, string? extra = null, bool customer = false)
    {
        var sql = new StringBuilder(customer ? "SELECT customer_id, " : "SELECT ");
        var tuple = new StringBuilder("ticks, seq");
        for (var g = 0; g < masks.Count; g++)
        {
            sql.Append($"groupBitOr({masks[g]} AS mk{g}) AS v{g}, arrayMap(z{g} -> z{g}.{g + 3}, z) AS m{g}, ");
            tuple.Append($", mk{g}");
        }

        if (extra is not null)
        {
            sql.Append($"arrayMap(zx -> zx.{masks.Count + 3}, z) AS x, ");
            tuple.Append($", {extra}");
        }

        return sql.Append($"arraySort(groupArray(({tuple}))) AS z, arrayMap(zt -> zt.1, z) AS t").ToString();
    }

    private static string? Unsupported(in EventFilter filter) =>
        filter.PropertyKey is not null || filter.PropertyValue is not null ? "property condition"
        : filter.Events?.Any(m => m.Conditions.Count > 0) == true ? "event matches with property conditions"
        : null;
}
