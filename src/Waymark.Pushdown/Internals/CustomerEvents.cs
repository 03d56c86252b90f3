namespace Waymark.Pushdown.Internals;

/// <summary>
/// A per-customer SELECT over the events a pair of steps reads: <c>m</c>, each event's <see cref="PairMasks"/> bits,
/// and <c>t</c>, its ticks, both in the engine's order (time, then seq: input order), followed by the caller's
/// aliases over them. The masks are a subquery's column, so the aliases that use them do not repeat the expression.
/// Lambda parameters must not share a name with these aliases (18.16 substitutes the alias: ADR 060).
/// </summary>
internal static class CustomerEvents
{
    public static string Select(string where, PairMasks masks, IEnumerable<string> aliases) =>
        "SELECT customer_id,\n  arraySort((x, k) -> k, groupArray(mk), groupArray((ticks, seq))) AS m,\n  arraySort(groupArray(ticks)) AS t,\n  " +
        string.Join(",\n  ", aliases) +
        $"\nFROM (SELECT customer_id, ticks, seq, {masks.Expression} AS mk FROM events WHERE {where}{masks.Rows})\nGROUP BY customer_id";
}
