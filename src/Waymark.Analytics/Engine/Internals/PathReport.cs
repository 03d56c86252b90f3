using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Folds each step's long tail into "other" (so totals still add up) and names the nodes and edges.</summary>
internal static class PathReport
{
    private const int OtherId = -1;

    public static PathResult Build(EventLog log, in PathOptions options, PathVisitor merged)
    {
        var depth = options.EffectiveDepth;
        var width = Math.Max(1, log.Activities.Count);
        var keep = new bool[depth * width];
        for (var step = 0; step < depth; step++)
        {
            var order = Enumerable.Range(0, width).Where(a => merged.Nodes[(step * width) + a] > 0)
                .OrderByDescending(a => merged.Nodes[(step * width) + a]).ThenBy(a => log.Activities[a], StringComparer.Ordinal);
            foreach (var a in order.Take(options.EffectiveWidth))
            {
                keep[(step * width) + a] = true;
            }
        }

        var start = (double)merged.Journeys;
        var nodes = new Dictionary<(int Step, int Id), (long Journeys, long Ends)>();
        for (var i = 0; i < merged.Nodes.Length; i++)
        {
            if (merged.Nodes[i] > 0)
            {
                var key = (i / width, keep[i] ? i % width : OtherId);
                var (journeys, ends) = nodes.GetValueOrDefault(key);
                nodes[key] = (journeys + merged.Nodes[i], ends + merged.Ends[i]);
            }
        }

        var edges = FoldEdges(merged, keep, width, depth);
        var anchor = options.To ?? options.From;
        return new PathResult(
            options.To is not null,
            anchor,
            merged.Journeys,
            [.. nodes.OrderBy(n => n.Key.Step).ThenByDescending(n => n.Value.Journeys).ThenBy(n => n.Key.Id)
                .Select(n => new PathNode(n.Key.Step, Name(log, n.Key.Id), n.Value.Journeys, start == 0 ? 0 : n.Value.Journeys / start, n.Value.Ends))],
            [.. edges.OrderBy(e => e.Key.Step).ThenByDescending(e => e.Value).ThenBy(e => e.Key.From).ThenBy(e => e.Key.To)
                .Select(e => new PathEdge(e.Key.Step, Name(log, e.Key.From), Name(log, e.Key.To), e.Value))]);
    }

    private static Dictionary<(int Step, int From, int To), long> FoldEdges(PathVisitor merged, bool[] keep, int width, int depth)
    {
        var edges = new Dictionary<(int Step, int From, int To), long>();
        foreach (var (key, count) in merged.Edges)
        {
            var to = (int)(key % width);
            var from = (int)(key / width % width);
            var step = (int)(key / width / width);
            if (step + 1 >= depth)
            {
                continue;
            }

            var folded = (step, keep[(step * width) + from] ? from : OtherId, keep[((step + 1) * width) + to] ? to : OtherId);
            edges[folded] = edges.GetValueOrDefault(folded) + count;
        }

        return edges;
    }

    private static string Name(EventLog log, int id) => id == OtherId ? PathResult.Other : log.Activities[id];
}
