namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread path accumulator. Each journey is cut to its anchored path (up to depth steps), and counted per
/// (step, activity) node, per edge and per end. Collapsed sequences use a per-thread scratch buffer.
/// </summary>
internal sealed class PathVisitor(int activities, int depth, int anchor, bool towards, bool collapse, long gap) : ICustomerVisitor<PathVisitor>
{
    private readonly int _width = Math.Max(1, activities);
    private readonly int[] _path = new int[depth];
    private ushort[] _collapsed = new ushort[256];

    public long[] Nodes { get; } = new long[depth * Math.Max(1, activities)];

    public long[] Ends { get; } = new long[depth * Math.Max(1, activities)];

    public Dictionary<long, long> Edges { get; } = [];

    public long Journeys { get; private set; }

    public void Visit(in CustomerView customer)
    {
        var start = 0;
        for (var i = 1; i <= customer.Length; i++)
        {
            if (i == customer.Length || customer.Ticks[i] - customer.Ticks[i - 1] > gap)
            {
                VisitJourney(customer.Activity[start..i]);
                start = i;
            }
        }
    }

    public void Merge(PathVisitor other)
    {
        for (var i = 0; i < Nodes.Length; i++)
        {
            Nodes[i] += other.Nodes[i];
            Ends[i] += other.Ends[i];
        }

        foreach (var (key, count) in other.Edges)
        {
            Edges[key] = Edges.GetValueOrDefault(key) + count;
        }

        Journeys += other.Journeys;
    }

    public long EdgeKey(int step, int from, int to) => (((long)step * _width) + from) * _width + to;

    private void VisitJourney(ReadOnlySpan<ushort> acts)
    {
        if (collapse)
        {
            acts = Collapse(acts);
        }

        var length = Cut(acts);
        if (length == 0)
        {
            return;
        }

        Journeys++;
        for (var step = 0; step < length; step++)
        {
            Nodes[(step * _width) + _path[step]]++;
            if (step + 1 < length)
            {
                var key = EdgeKey(step, _path[step], _path[step + 1]);
                Edges[key] = Edges.GetValueOrDefault(key) + 1;
            }
        }

        Ends[((length - 1) * _width) + _path[length - 1]]++;
    }

    /// <summary>Fills the path from the anchor (first occurrence), forwards or backwards; returns its length.</summary>
    private int Cut(ReadOnlySpan<ushort> acts)
    {
        var at = anchor < 0 ? (towards ? acts.Length - 1 : 0) : acts.IndexOf((ushort)anchor);
        if (at < 0 || acts.IsEmpty)
        {
            return 0;
        }

        var length = 0;
        for (var i = at; length < depth && i >= 0 && i < acts.Length; i += towards ? -1 : 1)
        {
            _path[length++] = acts[i];
        }

        return length;
    }

    private ReadOnlySpan<ushort> Collapse(ReadOnlySpan<ushort> acts)
    {
        if (_collapsed.Length < acts.Length)
        {
            _collapsed = new ushort[acts.Length * 2];
        }

        var n = 0;
        for (var i = 0; i < acts.Length; i++)
        {
            if (n == 0 || _collapsed[n - 1] != acts[i])
            {
                _collapsed[n++] = acts[i];
            }
        }

        return _collapsed.AsSpan(0, n);
    }
}
