using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// <see cref="Analyze.Flow"/> as SQL over each customer's events in the engine's order (time, then seq): nodes
/// (events, customers, starts, ends) and directly-follows edges (transitions, customers, duration summary).
/// </summary>
internal static class FlowQuery
{
    public const int NodeColumns = 5;

    public const int EdgeColumns = 4 + DurationSql.Columns;

    public static string Nodes(string where) => $"""
        SELECT a[i] AS act, count(), uniqExact(customer_id), countIf(i = 1), countIf(i = length(a))
        FROM (SELECT customer_id, {PushdownScope.CustomerArrays} FROM events WHERE {where} GROUP BY customer_id)
        ARRAY JOIN arrayEnumerate(a) AS i
        GROUP BY act
        """;

    public static string Edges(string where) => $"""
        SELECT a[i] AS src, a[i + 1] AS dst, count(), uniqExact(customer_id), {DurationSql.Of("arraySort(groupArray(t[i + 1] - t[i]))")}
        FROM (SELECT customer_id, {PushdownScope.CustomerArrays} FROM events WHERE {where} GROUP BY customer_id)
        ARRAY JOIN arrayEnumerate(arrayPopBack(a)) AS i
        GROUP BY src, dst
        """;

    public static FlowGraph Result(IEnumerable<string?[]> nodeRows, IEnumerable<string?[]> edgeRows)
    {
        var nodes = nodeRows.Select(r => new FlowNode(r[0]!, DurationSql.Long(r[1]), DurationSql.Long(r[2]), DurationSql.Long(r[3]), DurationSql.Long(r[4]))).ToList();
        var edges = edgeRows.Select(r => new FlowEdge(r[0]!, r[1]!, DurationSql.Long(r[2]), DurationSql.Long(r[3]), DurationSql.Read(r, 4))).ToList();
        nodes.Sort((x, y) => y.Events != x.Events ? y.Events.CompareTo(x.Events) : string.CompareOrdinal(x.Activity, y.Activity));
        edges.Sort((x, y) => y.Events != x.Events ? y.Events.CompareTo(x.Events) : Compare(x, y));
        return new FlowGraph(nodes, edges, nodes.Sum(n => n.Starts), nodes.Sum(n => n.Events))
        {
            AllNodes = nodes.Count,
            AllEdges = edges.Count,
        };
    }

    private static int Compare(FlowEdge x, FlowEdge y)
    {
        var byFrom = string.CompareOrdinal(x.From, y.From);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(x.To, y.To);
    }
}
