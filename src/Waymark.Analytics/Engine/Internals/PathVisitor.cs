namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread path pass. Each journey is cut to its anchored path (up to depth steps) and counted in a
/// <see cref="PathTally"/>. Collapsed sequences use a per-thread scratch buffer; a complete path is looked up by its
/// activity ids as characters, so only a new path allocates.
/// </summary>
internal sealed class PathVisitor : ICustomerVisitor<PathVisitor>
{
    private readonly int _depth;
    private readonly PathAnchor _anchor;
    private readonly bool _towards;
    private readonly bool _collapse;
    private readonly long _gap;
    private readonly char[] _path;
    private ushort[] _collapsed = new ushort[256];

    public PathVisitor(int activities, int depth, PathAnchor anchor, bool towards, bool collapse, long gap)
    {
        (_depth, _anchor, _towards, _collapse, _gap) = (depth, anchor, towards, collapse, gap);
        _path = new char[depth];
        Tally = new PathTally(activities, depth);
    }

    public PathTally Tally { get; }

    public void Visit(in CustomerView customer)
    {
        var start = 0;
        for (var i = 1; i <= customer.Length; i++)
        {
            if (i == customer.Length || customer.Ticks[i] - customer.Ticks[i - 1] > _gap)
            {
                VisitJourney(customer, start, i);
                start = i;
            }
        }
    }

    public void Merge(PathVisitor other) => Tally.Merge(other.Tally);

    private void VisitJourney(in CustomerView view, int start, int end)
    {
        var at = _anchor.Find(view, start, end);
        if (at < 0 || end <= start)
        {
            return;
        }

        var acts = view.Activity[start..end];
        at -= start;
        if (_collapse)
        {
            acts = Collapse(acts, ref at);
        }

        Tally.Add(_path.AsSpan(0, Cut(acts, at)), 1);
    }

    /// <summary>Fills the path from the anchor at <paramref name="at"/>, forwards or backwards; returns its length.</summary>
    private int Cut(ReadOnlySpan<ushort> acts, int at)
    {
        var length = 0;
        for (var i = at; length < _depth && i >= 0 && i < acts.Length; i += _towards ? -1 : 1)
        {
            _path[length++] = (char)acts[i];
        }

        return length;
    }

    /// <summary>The sequence with runs of one activity as one step, and where the anchor's event falls in it.</summary>
    private ReadOnlySpan<ushort> Collapse(ReadOnlySpan<ushort> acts, scoped ref int at)
    {
        if (_collapsed.Length < acts.Length)
        {
            _collapsed = new ushort[acts.Length * 2];
        }

        var (n, collapsedAt) = (0, 0);
        for (var i = 0; i < acts.Length; i++)
        {
            if (n == 0 || _collapsed[n - 1] != acts[i])
            {
                _collapsed[n++] = acts[i];
            }

            if (i == at)
            {
                collapsedAt = n - 1;
            }
        }

        at = collapsedAt;
        return _collapsed.AsSpan(0, n);
    }
}
