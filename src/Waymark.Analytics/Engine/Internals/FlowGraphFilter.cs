namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Picks the nodes and edges a percentage-filtered flow graph shows. After the percentage cut, every kept node must
/// be reachable from a start and reach an end: the strongest missing edge that connects an unreachable node is added
/// back, repeatedly; nodes that still cannot be connected are dropped.
/// </summary>
internal sealed class FlowGraphFilter(long[] nodeEvents, long[] starts, long[] ends, (int From, int To, long Events)[] edges)
{
    private readonly bool[] _keptNode = new bool[nodeEvents.Length];
    private readonly bool[] _keptEdge = new bool[edges.Length];

    public (bool[] Nodes, bool[] Edges) Select(double activityPercent, double pathPercent)
    {
        KeepTopNodes(activityPercent);
        KeepTopEdges(pathPercent);
        Repair(forward: true);
        Repair(forward: false);
        for (var e = 0; e < edges.Length; e++)
        {
            _keptEdge[e] &= _keptNode[edges[e].From] && _keptNode[edges[e].To];
        }

        return (_keptNode, _keptEdge);
    }

    private static bool Cuts(double percent) => percent > 0 && percent < 100;

    private void KeepTopNodes(double percent)
    {
        var order = Enumerable.Range(0, nodeEvents.Length).Where(a => nodeEvents[a] > 0)
            .OrderByDescending(a => nodeEvents[a]).ThenBy(a => a).ToList();
        var target = Cuts(percent) ? nodeEvents.Sum() * percent / 100.0 : double.MaxValue;
        long covered = 0;
        foreach (var a in order)
        {
            _keptNode[a] = true;
            covered += nodeEvents[a];
            if (covered >= target)
            {
                break;
            }
        }
    }

    private void KeepTopEdges(double percent)
    {
        var candidates = Enumerable.Range(0, edges.Length).Where(IsCandidate)
            .OrderByDescending(e => edges[e].Events).ThenBy(e => edges[e].From).ThenBy(e => edges[e].To).ToList();
        var target = Cuts(percent) ? candidates.Sum(e => edges[e].Events) * percent / 100.0 : double.MaxValue;
        long covered = 0;
        foreach (var e in candidates)
        {
            _keptEdge[e] = true;
            covered += edges[e].Events;
            if (covered >= target)
            {
                break;
            }
        }
    }

    private bool IsCandidate(int e) => _keptNode[edges[e].From] && _keptNode[edges[e].To];

    /// <summary>More events, or as many and the first by its activities. Edges of equal events are told apart by what
    /// they join, never by their slot: slots are numbered in the order the threads' tallies were merged, which varies
    /// from run to run, and a tie at the coverage's edge would show another edge each time.</summary>
    private bool Stronger(int e, int than) =>
        edges[e].Events != edges[than].Events ? edges[e].Events > edges[than].Events
        : edges[e].From != edges[than].From ? edges[e].From < edges[than].From
        : edges[e].To < edges[than].To;

    private void Repair(bool forward)
    {
        while (true)
        {
            var reached = Reach(forward);
            var best = -1;
            for (var e = 0; e < edges.Length; e++)
            {
                var (from, to) = forward ? (edges[e].From, edges[e].To) : (edges[e].To, edges[e].From);
                if (!_keptEdge[e] && IsCandidate(e) && reached[from] && !reached[to] && (best < 0 || Stronger(e, best)))
                {
                    best = e;
                }
            }

            if (best < 0)
            {
                for (var a = 0; a < _keptNode.Length; a++)
                {
                    _keptNode[a] &= reached[a];
                }

                return;
            }

            _keptEdge[best] = true;
        }
    }

    private bool[] Reach(bool forward)
    {
        var reached = new bool[_keptNode.Length];
        var queue = new Queue<int>();
        var seeds = forward ? starts : ends;
        for (var a = 0; a < reached.Length; a++)
        {
            if (_keptNode[a] && seeds[a] > 0)
            {
                reached[a] = true;
                queue.Enqueue(a);
            }
        }

        while (queue.TryDequeue(out var node))
        {
            for (var e = 0; e < edges.Length; e++)
            {
                var (from, to) = forward ? (edges[e].From, edges[e].To) : (edges[e].To, edges[e].From);
                if (_keptEdge[e] && from == node && _keptNode[to] && !reached[to])
                {
                    reached[to] = true;
                    queue.Enqueue(to);
                }
            }
        }

        return reached;
    }
}
