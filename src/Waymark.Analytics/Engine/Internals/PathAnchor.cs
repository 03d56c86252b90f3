using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Where a journey's path is anchored: its first event of one activity, its first event completing a step (read by
/// the funnel's own <see cref="FunnelSpec"/>, so a step means the same here as in a funnel), or, with no anchor, its
/// first event (forward) or last (backward).
/// </summary>
internal sealed class PathAnchor
{
    private readonly int _activity;
    private readonly FunnelSpec? _step;
    private readonly bool _towards;

    private PathAnchor(int activity, FunnelSpec? step, bool towards) => (_activity, _step, _towards) = (activity, step, towards);

    /// <summary>True when the anchor names an activity that is not in the log: no journey can have it.</summary>
    public bool Missing { get; private init; }

    /// <summary>True when a one-activity start step names an activity that is not in the log.</summary>
    private bool NeverMatches { get; init; }

    public static PathAnchor For(EventLog log, in PathOptions options)
    {
        var towards = options.Towards;
        if (options.Start is { Activities.Count: 1, Conditions.Count: 0, AnyOf.Count: 0 } single)
        {
            // One activity, no conditions: the vectorised search below, as for From/To.
            return new PathAnchor(log.Activities.IdOf(single.Activities[0]), null, towards) { NeverMatches = log.Activities.IdOf(single.Activities[0]) < 0 };
        }

        if (options.Start is { } start)
        {
            // The funnel takes two steps or more; the same step twice compiles it once per bit and bit 0 is the anchor.
            var spec = new FunnelSpec(log, new FunnelOptions { Steps = [start, start] });
            return new PathAnchor(-1, spec, towards);
        }

        var name = options.AnchorName;
        var id = name is null ? -1 : log.Activities.IdOf(name);
        return new PathAnchor(id, null, towards) { Missing = name is not null && id < 0 };
    }

    /// <summary>The index in [start, end) of the view where the path starts, or -1 when the journey has no anchor.</summary>
    public int Find(in CustomerView view, int start, int end)
    {
        if (_step is { } spec)
        {
            for (var i = start; i < end; i++)
            {
                if ((spec.MaskOf(view, i) & 1UL) != 0)
                {
                    return i;
                }
            }

            return -1;
        }

        if (NeverMatches)
        {
            return -1;
        }

        if (_activity < 0)
        {
            return _towards ? end - 1 : start;
        }

        var at = view.Activity[start..end].IndexOf((ushort)_activity);
        return at < 0 ? -1 : start + at;
    }
}
