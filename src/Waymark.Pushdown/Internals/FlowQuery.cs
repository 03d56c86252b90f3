using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.Flow"/> as one SQL pass over each customer's events in the engine's order (time, then seq):
/// per customer, the node keys (its activities' ids) and the edge keys (<c>from &lt;&lt; 32 | to</c>) with the edges'
/// waits, then per key the events, the customers (a key's first place in the customer's array counts them, so no set
/// of customers is kept per key), the starts and ends, and the waits' summary (<see cref="DurationAggregates"/>).
/// The coverage cut is the engine's own (<see cref="FlowGraphFilter"/>) over the ids in the log's order.
/// </summary>
internal static class FlowQuery
{
    public const int Columns = 5 + DurationSql.Columns;

    private const long EdgeFrom = 1L << 32;

    public static string Sql(string where, ActivityIds ids) => $"""
        SELECT k, count(), countIf(u = 1), countIf(j = 1), countIf(j = n), {DurationAggregates.Of("w", "j > n", "wait")}
        FROM (
            SELECT {ids.CustomerSequence()} AS a, arraySort(groupArray(ticks)) AS t, length(a) AS n,
                arrayConcat(arrayMap(x -> toUInt64(x), a), arrayMap((x, y) -> bitOr(bitShiftLeft(toUInt64(x), 32), y), arrayPopBack(a), arrayPopFront(a))) AS ks,
                arrayConcat(arrayMap(x -> toInt64(0), a), arrayMap((x, y) -> y - x, arrayPopBack(t), arrayPopFront(t))) AS ws
            FROM events WHERE {where} GROUP BY customer_id)
        ARRAY JOIN ks AS k, ws AS w, arrayEnumerateUniq(ks) AS u, arrayEnumerate(ks) AS j
        GROUP BY k
        """;

    public static FlowGraph Result(IEnumerable<string?[]> rows, ActivityIds ids, in FlowOptions options)
    {
        var nodes = new List<(int Id, FlowNode Node)>();
        var edges = new List<(int From, int To, FlowEdge Edge)>();
        foreach (var r in rows)
        {
            var key = DurationSql.Long(r[0]);
            var (events, customers) = (DurationSql.Long(r[1]), DurationSql.Long(r[2]));
            if (key < EdgeFrom)
            {
                nodes.Add(((int)key, new FlowNode(ids.Name(key), events, customers, DurationSql.Long(r[3]), DurationSql.Long(r[4]))));
            }
            else
            {
                var (from, to) = ((int)(key >> 32), (int)(key & (EdgeFrom - 1)));
                edges.Add((from, to, new FlowEdge(ids.Name(from), ids.Name(to), events, customers, DurationSql.Read(r, 5))));
            }
        }

        var (keptNodes, keptEdges) = Cut(nodes, edges, ids, options);
        var shownNodes = nodes.Where((_, i) => keptNodes[i]).Select(n => n.Node).ToList();
        var shownEdges = edges.Where((_, i) => keptEdges[i]).Select(e => e.Edge).ToList();
        shownNodes.Sort((x, y) => y.Events != x.Events ? y.Events.CompareTo(x.Events) : string.CompareOrdinal(x.Activity, y.Activity));
        shownEdges.Sort((x, y) => y.Events != x.Events ? y.Events.CompareTo(x.Events) : Compare(x, y));
        return new FlowGraph(shownNodes, shownEdges, nodes.Sum(n => n.Node.Starts), nodes.Sum(n => n.Node.Events))
        {
            AllNodes = nodes.Count,
            AllEdges = edges.Count,
        };
    }

    /// <summary>Which nodes and edges the coverage keeps, by the engine's filter over the log's activity order.</summary>
    private static (bool[] Nodes, bool[] Edges) Cut(List<(int Id, FlowNode Node)> nodes, List<(int From, int To, FlowEdge Edge)> edges, ActivityIds ids, FlowOptions options)
    {
        var (events, starts, ends) = (new long[ids.Count], new long[ids.Count], new long[ids.Count]);
        foreach (var (id, node) in nodes)
        {
            var at = ids.FirstSeen(id);
            (events[at], starts[at], ends[at]) = (node.Events, node.Starts, node.Ends);
        }

        var byFirstSeen = edges.Select(e => (ids.FirstSeen(e.From), ids.FirstSeen(e.To), e.Edge.Events)).ToArray();
        var (keptByFirstSeen, keptEdges) = new FlowGraphFilter(events, starts, ends, byFirstSeen).Select(options.ActivityPercent, options.PathPercent);
        return ([.. nodes.Select(n => keptByFirstSeen[ids.FirstSeen(n.Id)])], keptEdges);
    }

    private static int Compare(FlowEdge x, FlowEdge y)
    {
        var byFrom = string.CompareOrdinal(x.From, y.From);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(x.To, y.To);
    }
}
