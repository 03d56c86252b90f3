using Waymark.Analytics.Events;

namespace Waymark.Analytics.Mapping.Internals;

/// <summary>
/// Finds customers by id for a type-ahead. Ids are compared as spans in the log's name table, so scanning a million
/// customers makes no strings; only the ones returned become strings.
/// </summary>
internal static class CustomerSearch
{
    /// <summary>Ids starting with the query (ignoring case), in ordinal order; an empty query lists the most active.</summary>
    public static List<int> Find(EventLog log, string query, int limit)
    {
        var best = new List<int>(limit + 1);
        if (limit <= 0)
        {
            return best;
        }

        var names = log.Customers;
        Comparison<int> order = query.Length == 0
            ? (x, y) => EventsOf(log, x) != EventsOf(log, y) ? EventsOf(log, y).CompareTo(EventsOf(log, x)) : names.SpanOf(x).SequenceCompareTo(names.SpanOf(y))
            : (x, y) => names.SpanOf(x).SequenceCompareTo(names.SpanOf(y));
        for (var c = 0; c < log.CustomerCount; c++)
        {
            if (EventsOf(log, c) == 0 || !names.SpanOf(c).StartsWith(query, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Keep the best `limit` so far in order: a bounded insertion, cheap for a short list.
            if (best.Count == limit && order(c, best[^1]) >= 0)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && order(c, best[at - 1]) < 0)
            {
                at--;
            }

            best.Insert(at, c);
            if (best.Count > limit)
            {
                best.RemoveAt(limit);
            }
        }

        return best;
    }

    private static int EventsOf(EventLog log, int customer) => log.CustomerStart[customer + 1] - log.CustomerStart[customer];
}
