using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread buffers that hold a customer's events after event-level filtering. With
/// <paramref name="activitiesAndTimes"/> (for visitors that read nothing else: the flow graph, the variants) a view
/// kept by activity alone copies only activities and times: its channels are empty and its event places unknown.</summary>
internal sealed class ViewBuffer(bool activitiesAndTimes = false)
{
    private ushort[] _activity = new ushort[256];
    private long[] _ticks = new long[256];
    private ushort[] _channel = new ushort[256];
    private int[] _index = new int[256];

    public CustomerView Filter(EventLog log, CompiledFilter filter, int customer, int start, int length)
    {
        Reserve(length);
        var kept = 0;
        for (var i = start; i < start + length; i++)
        {
            if (filter.AdmitsEvent(i))
            {
                _activity[kept] = log.Activity[i];
                _ticks[kept] = log.Ticks[i];
                _channel[kept] = log.Channel[i];
                _index[kept] = i;
                kept++;
            }
        }

        return new CustomerView(customer, _activity.AsSpan(0, kept), _ticks.AsSpan(0, kept), _channel.AsSpan(0, kept), 0, _index.AsSpan(0, kept));
    }

    /// <summary>The events of <paramref name="view"/> that <paramref name="matches"/> keeps. The view may be this
    /// buffer's own: event i is written at or before position i, after it was read. A view whose events are all kept
    /// comes back as it is, without a copy.</summary>
    public CustomerView Keep(EventLog log, CompiledMatches matches, CustomerView view)
    {
        var length = view.Length;
        if (matches.ByActivityOnly)
        {
            return KeepByActivity(matches.Always, view);
        }

        Reserve(length);
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var index = view.EventIndex(i);
            if (matches.Keeps(index))
            {
                _activity[kept] = log.Activity[index];
                _ticks[kept] = log.Ticks[index];
                _channel[kept] = log.Channel[index];
                _index[kept] = index;
                kept++;
            }
        }

        return new CustomerView(view.Customer, _activity.AsSpan(0, kept), _ticks.AsSpan(0, kept), _channel.AsSpan(0, kept), 0, _index.AsSpan(0, kept));
    }

    /// <summary>The common case of a map's steps (activities without property conditions): the test reads the view's
    /// own activity span, and nothing is copied up to the first event dropped.</summary>
    private CustomerView KeepByActivity(ReadOnlySpan<bool> always, CustomerView view)
    {
        var acts = view.Activity;
        var first = 0;
        while (first < acts.Length && always[acts[first]])
        {
            first++;
        }

        if (first == acts.Length)
        {
            return view;
        }

        if (activitiesAndTimes)
        {
            return KeepActivitiesAndTimes(always, view, first);
        }

        Reserve(acts.Length);
        Span<ushort> activity = _activity;
        Span<long> ticks = _ticks;
        Span<ushort> channel = _channel;
        Span<int> index = _index;
        var fromTicks = view.Ticks;
        var fromChannel = view.Channel;
        for (var i = 0; i < first; i++)
        {
            activity[i] = acts[i];
            ticks[i] = fromTicks[i];
            channel[i] = fromChannel[i];
            index[i] = view.EventIndex(i);
        }

        // Branch-free: every event is written at the next free place and the place moves on only if it is kept
        // (a map's mapped and unmapped events interleave, so a branch here is mispredicted about every other event).
        var indices = view.Indices;
        var offset = view.Offset;
        var kept = first;
        for (var i = first + 1; i < acts.Length; i++)
        {
            var a = acts[i];
            activity[kept] = a;
            ticks[kept] = fromTicks[i];
            channel[kept] = fromChannel[i];
            index[kept] = indices.IsEmpty ? offset + i : indices[i];
            kept += always[a] ? 1 : 0;
        }

        return new CustomerView(view.Customer, _activity.AsSpan(0, kept), _ticks.AsSpan(0, kept), _channel.AsSpan(0, kept), 0, _index.AsSpan(0, kept));
    }

    /// <summary><see cref="KeepByActivity"/> writing activities and times only (half the stores per event).</summary>
    private CustomerView KeepActivitiesAndTimes(ReadOnlySpan<bool> always, CustomerView view, int first)
    {
        var acts = view.Activity;
        Reserve(acts.Length);
        Span<ushort> activity = _activity;
        Span<long> ticks = _ticks;
        var fromTicks = view.Ticks;
        acts[..first].CopyTo(activity);
        fromTicks[..first].CopyTo(ticks);
        var kept = first;
        for (var i = first + 1; i < acts.Length; i++)
        {
            var a = acts[i];
            activity[kept] = a;
            ticks[kept] = fromTicks[i];
            kept += always[a] ? 1 : 0;
        }

        return new CustomerView(view.Customer, _activity.AsSpan(0, kept), _ticks.AsSpan(0, kept), default, 0, default);
    }

    /// <summary>Room for a view of <paramref name="length"/> events. A view of this buffer is never longer than it, so
    /// only a view of the log itself grows it (and then nothing of the buffer is being read).</summary>
    private void Reserve(int length)
    {
        if (_activity.Length < length)
        {
            (_activity, _ticks, _channel, _index) = (new ushort[length * 2], new long[length * 2], new ushort[length * 2], new int[length * 2]);
        }
    }
}
