using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The filter's customer conditions as <c>customer_id IN (...)</c> clauses, judged as the engine's CompiledFilter
/// judges them: Did / DidNot on the events the period keeps; an attribute (its last written value, argMax by seq, as
/// the store reads it) must be one of the values, and a key no customer has, or no values, keeps nobody; the
/// acquisition channel is the first event's.
/// </summary>
internal static class CustomerConditions
{
    public static void Append(StringBuilder where, string source, string events, in EventFilter filter)
    {
        if (filter.Did is { Count: > 0 } did)
        {
            var all = string.Join(" AND ", did.Select(a => $"countIf(activity = {ClickHouseText.Literal(a)}) > 0"));
            where.Append($" AND customer_id IN (SELECT customer_id FROM events WHERE {events} GROUP BY customer_id HAVING {all})");
        }

        if (filter.DidNot is { Count: > 0 } didNot)
        {
            where.Append($" AND customer_id NOT IN (SELECT customer_id FROM events WHERE {events} AND activity IN ({Literals(didNot)}))");
        }

        if (filter.Channels is { } channels)
        {
            // The acquisition channel: the channel of the customer's first event in the whole source (by time, then
            // input order), before the period; an event without a channel matches none. The column is Nullable and
            // aggregates skip NULLs, so a first event without one is made '' (else argMin takes a later event's).
            var names = channels.Where(c => c.Length > 0).ToList();
            where.Append(names.Count == 0 ? " AND 0" : $" AND customer_id IN (SELECT customer_id FROM events WHERE {source}" +
                $" GROUP BY customer_id HAVING argMin(ifNull(channel, ''), (ticks, seq)) IN ({Literals(names)}))");
        }

        if (filter.AttributeKey is { } key)
        {
            Attribute(where, source, key, filter.AttributeValues ?? []);
        }

        foreach (var condition in filter.Attributes ?? [])
        {
            Attribute(where, source, condition.Key, condition.Values ?? []);
        }
    }

    private static void Attribute(StringBuilder where, string source, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            where.Append(" AND 0");
            return;
        }

        where.Append($" AND customer_id IN (SELECT customer_id FROM (SELECT customer_id, argMax(value, seq) AS v FROM customer_attributes" +
            $" WHERE {source} AND key = {ClickHouseText.Literal(key)} GROUP BY customer_id) WHERE v IN ({Literals(values)}))");
    }

    private static string Literals(IEnumerable<string> values) => string.Join(", ", values.Select(ClickHouseText.Literal));
}
