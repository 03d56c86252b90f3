using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread buffers that hold a customer's events after event-level filtering.</summary>
internal sealed class ViewBuffer
{
    private ushort[] _activity = new ushort[256];
    private long[] _ticks = new long[256];
    private ushort[] _channel = new ushort[256];
    private int[] _index = new int[256];

    public CustomerView Filter(EventLog log, CompiledFilter filter, int customer, int start, int length)
    {
        if (_activity.Length < length)
        {
            _activity = new ushort[length * 2];
            _ticks = new long[length * 2];
            _channel = new ushort[length * 2];
            _index = new int[length * 2];
        }

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
    /// buffer's own: event i is written at or before position i, after it was read.</summary>
    public CustomerView Keep(EventLog log, CompiledMatches matches, scoped in CustomerView view)
    {
        var length = view.Length;
        if (_activity.Length < length)
        {
            // A view of this buffer is never longer than it, so only a view of the log itself gets here.
            (_activity, _ticks, _channel, _index) = (new ushort[length * 2], new long[length * 2], new ushort[length * 2], new int[length * 2]);
        }

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
}
