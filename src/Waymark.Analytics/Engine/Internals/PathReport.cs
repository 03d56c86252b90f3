namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Folds each step's long tail into "other" (so totals still add up) and names the nodes, edges and complete paths;
/// with a step as the anchor, step 0 is one node named by the step.
/// </summary>
internal static class PathReport
{
    private const int OtherId = -1;
    private const int StartId = -2;

    /// <param name="activities">How many activities the log's dictionary holds (the tally's ids are below it).</param>
    /// <param name="nameOf">An activity's name by its id in the log (first seen, first numbered).</param>
    public static PathResult Build(int activities, Func<int, string> nameOf, in PathOptions options, PathTally merged)
    {
        var depth = options.EffectiveDepth;
        var width = Math.Max(1, activities);
        var keep = Keep(nameOf, options, merged, depth, width);
        var ids = new Folding(keep, width, options.Start is null ? 0 : StartId);
        var start = (double)merged.Journeys;
        var nodes = new Dictionary<(int Step, int Id), (long Journeys, long Ends)>();
        for (var i = 0; i < merged.Nodes.Length; i++)
        {
            if (merged.Nodes[i] > 0)
            {
                var key = (i / width, ids.Of(i / width, i % width));
                var (journeys, ends) = nodes.GetValueOrDefault(key);
                nodes[key] = (journeys + merged.Nodes[i], ends + merged.Ends[i]);
            }
        }

        var edges = FoldEdges(merged, ids, width, depth);
        var chains = FoldChains(merged, ids);
        var name = Namer(nameOf, options.Start?.Name);
        return new PathResult(
            options.Towards,
            options.AnchorName,
            merged.Journeys,
            [.. nodes.OrderBy(n => n.Key.Step).ThenByDescending(n => n.Value.Journeys).ThenBy(n => n.Key.Id)
                .Select(n => new PathNode(n.Key.Step, name(n.Key.Id), n.Value.Journeys, Share(n.Value.Journeys, start), n.Value.Ends))],
            [.. edges.OrderBy(e => e.Key.Step).ThenByDescending(e => e.Value).ThenBy(e => e.Key.From).ThenBy(e => e.Key.To)
                .Select(e => new PathEdge(e.Key.Step, name(e.Key.From), name(e.Key.To), e.Value))])
        {
            Paths = [.. chains.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(options.EffectiveTopPaths)
                .Select(c => new PathChain([.. c.Key.Split('\u0001').Select(id => name(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)))], c.Value, Share(c.Value, start)))],
            PathCount = chains.Count,
        };
    }

    private static bool[] Keep(Func<int, string> nameOf, in PathOptions options, PathTally merged, int depth, int width)
    {
        var keep = new bool[depth * width];
        for (var step = 0; step < depth; step++)
        {
            var order = Enumerable.Range(0, width).Where(a => merged.Nodes[(step * width) + a] > 0)
                .OrderByDescending(a => merged.Nodes[(step * width) + a]).ThenBy(nameOf, StringComparer.Ordinal);
            foreach (var a in order.Take(options.EffectiveWidth))
            {
                keep[(step * width) + a] = true;
            }
        }

        return keep;
    }

    private static Dictionary<(int Step, int From, int To), long> FoldEdges(PathTally merged, Folding ids, int width, int depth)
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

            var folded = (step, ids.Of(step, from), ids.Of(step + 1, to));
            edges[folded] = edges.GetValueOrDefault(folded) + count;
        }

        return edges;
    }

    /// <summary>Complete paths with their steps folded; keyed by the folded ids joined with \u0001.</summary>
    private static Dictionary<string, long> FoldChains(PathTally merged, Folding ids)
    {
        var chains = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, count) in merged.Chains)
        {
            var folded = string.Join('\u0001', key.Select((c, step) => ids.Of(step, c).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            chains[folded] = chains.GetValueOrDefault(folded) + count;
        }

        return chains;
    }

    private static double Share(long journeys, double start) => start == 0 ? 0 : journeys / start;

    private static Func<int, string> Namer(Func<int, string> nameOf, string? startName) =>
        id => id switch { OtherId => PathResult.Other, StartId => startName!, _ => nameOf(id) };

    /// <summary>An activity's id at a step after folding: kept, "other", or (step 0 of a step anchor) the start.</summary>
    private readonly record struct Folding(bool[] Keep, int Width, int StartAt0)
    {
        public int Of(int step, int activity) =>
            step == 0 && StartAt0 == StartId ? StartId : Keep[(step * Width) + activity] ? activity : OtherId;
    }
}
