using System.Runtime.InteropServices;

namespace Waymark.Analytics.Events;

/// <summary>
/// Brings a log up to date with a few new events without building it again: the new events are sorted among
/// themselves, merged by time into their customers' ranges (ties go after the events already there, as input order
/// would put them) and every untouched run of customers is block-copied. The cost is one copy of the columns, not a
/// sort or a dictionary pass over the whole log. The new log shares the old one's dictionaries until it must change
/// one (a new customer, activity, property or attribute): then it changes its own copy, so the old log stays exactly
/// as it was for readers still using it.
/// </summary>
public sealed class EventLogAppender
{
    private readonly EventLog _log;
    private readonly List<Pending> _pending = [];
    private readonly List<int> _pendingPairs = [];
    private NameTable? _customers;
    private NameTable? _activities;
    private NameTable? _channels;
    private PropertySets? _properties;
    private CustomerAttributes? _attributes;

    public EventLogAppender(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        _log = log;
    }

    /// <summary>Events added so far.</summary>
    public int Count => _pending.Count;

    /// <summary>Whether the new log will know this customer (from the old log or an event added here).</summary>
    public bool Knows(ReadOnlySpan<char> customer) => (_customers ?? _log.Customers).IdOf(customer) >= 0;

    /// <summary>Attaches a property to the next event added.</summary>
    public void AddProperty(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        _properties ??= _log.Properties.Clone();
        _pendingPairs.Add(_properties.Keys.GetOrAdd(key));
        _pendingPairs.Add(_properties.Values.GetOrAdd(value));
    }

    /// <summary>Adds an event; properties given by <see cref="AddProperty"/> since the last event are attached.</summary>
    public void Add(ReadOnlySpan<char> customer, long utcTicks, ReadOnlySpan<char> activity, ReadOnlySpan<char> channel)
    {
        var activityId = Checked(Intern(ref _activities, _log.Activities, activity), "activities");
        var channelId = channel.IsEmpty ? 0 : Checked(Intern(ref _channels, _log.Channels, channel), "channels");
        var set = _pendingPairs.Count == 0 ? 0 : InternPending();
        _pending.Add(new Pending(Intern(ref _customers, _log.Customers, customer), utcTicks, (ushort)activityId, (ushort)channelId, set, _pending.Count));
    }

    /// <summary>Sets a customer attribute (last value wins) in the new log; the old log keeps its values.</summary>
    public void SetAttribute(ReadOnlySpan<char> customer, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        _attributes ??= _log.Attributes.Clone();
        _attributes.Set(Intern(ref _customers, _log.Customers, customer), key, value, overwrite: true);
    }

    /// <summary>The log with the added events and attributes; the appender's own log when nothing changed.</summary>
    public EventLog Build()
    {
        var customers = (_customers ?? _log.Customers).Count;
        if (_pending.Count == 0 && customers == _log.CustomerCount && _attributes is null)
        {
            return _log;
        }

        var added = CollectionsMarshal.AsSpan(_pending);
        added.Sort(static (a, b) => a.Customer != b.Customer ? a.Customer.CompareTo(b.Customer)
            : a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : a.Order.CompareTo(b.Order));
        var total = _log.EventCount + added.Length;
        var anySets = _log.PropertySet is not null || HasPropertySets(added);
        var columns = new Columns(new long[total], new ushort[total], new ushort[total], anySets ? new int[total] : null);
        var start = new int[customers + 1];
        var to = 0;
        var nextCustomer = 0;
        var i = 0;
        while (i < added.Length)
        {
            var customer = added[i].Customer;
            to = CopyCustomers(nextCustomer, Math.Min(customer, _log.CustomerCount), to, start, columns);
            FillEmpty(ref nextCustomer, customer, to, start);
            var end = i;
            while (end < added.Length && added[end].Customer == customer)
            {
                end++;
            }

            start[customer] = to;
            to = Merge(customer, added[i..end], to, columns);
            nextCustomer = customer + 1;
            i = end;
        }

        to = CopyCustomers(nextCustomer, _log.CustomerCount, to, start, columns);
        FillEmpty(ref nextCustomer, customers, to, start);
        start[customers] = to;
        return new EventLog(start, columns.Ticks, columns.Activity, columns.Channel, columns.PropertySet, Dictionaries(), _log.HasTimestamps);
    }

    /// <summary>Block-copies the old log's customers [from, until) to <paramref name="to"/>; returns the new end.</summary>
    private int CopyCustomers(int from, int until, int to, int[] start, Columns columns)
    {
        if (from >= until)
        {
            return to;
        }

        var source = _log.CustomerStart[from];
        var length = _log.CustomerStart[until] - source;
        var shift = to - source;
        for (var c = from; c < until; c++)
        {
            start[c] = _log.CustomerStart[c] + shift;
        }

        Array.Copy(_log.Ticks, source, columns.Ticks, to, length);
        Array.Copy(_log.Activity, source, columns.Activity, to, length);
        Array.Copy(_log.Channel, source, columns.Channel, to, length);
        if (columns.PropertySet is not null && _log.PropertySet is not null)
        {
            Array.Copy(_log.PropertySet, source, columns.PropertySet, to, length);
        }

        return to + length;
    }

    /// <summary>Customers between the copied ones and <paramref name="until"/> that have no events start at <paramref name="to"/>.</summary>
    private void FillEmpty(ref int next, int until, int to, int[] start)
    {
        for (var c = Math.Max(next, _log.CustomerCount); c < until; c++)
        {
            start[c] = to;
        }

        next = Math.Max(next, until);
    }

    /// <summary>Writes one customer's old events and new ones merged by time; returns the new end.</summary>
    private int Merge(int customer, ReadOnlySpan<Pending> added, int to, Columns columns)
    {
        var (old, oldEnd) = customer < _log.CustomerCount
            ? (_log.CustomerStart[customer], _log.CustomerStart[customer + 1])
            : (0, 0);
        var a = 0;
        while (old < oldEnd || a < added.Length)
        {
            if (a == added.Length || (old < oldEnd && _log.Ticks[old] <= added[a].Ticks))
            {
                columns.Ticks[to] = _log.Ticks[old];
                columns.Activity[to] = _log.Activity[old];
                columns.Channel[to] = _log.Channel[old];
                if (columns.PropertySet is not null)
                {
                    columns.PropertySet[to] = _log.PropertySet is null ? 0 : _log.PropertySet[old];
                }

                old++;
            }
            else
            {
                var e = added[a++];
                columns.Ticks[to] = e.Ticks;
                columns.Activity[to] = e.Activity;
                columns.Channel[to] = e.Channel;
                if (columns.PropertySet is not null)
                {
                    columns.PropertySet[to] = e.PropertySet;
                }
            }

            to++;
        }

        return to;
    }

    private static bool HasPropertySets(ReadOnlySpan<Pending> added)
    {
        foreach (var e in added)
        {
            if (e.PropertySet != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The new log's dictionaries: the old log's, or this appender's own copies, sized exactly (ADR 073).</summary>
    private LogDictionaries Dictionaries()
    {
        _customers?.TrimExcess();
        _activities?.TrimExcess();
        _channels?.TrimExcess();
        _attributes?.TrimExcess();
        _properties?.TrimExcess();
        return new(_customers ?? _log.Customers, _activities ?? _log.Activities, _channels ?? _log.Channels,
            _attributes ?? _log.Attributes, _properties ?? _log.Properties);
    }

    /// <summary>A name's id; a new name goes into this appender's own copy of the table, made on the first one.</summary>
    private static int Intern(ref NameTable? own, NameTable shared, ReadOnlySpan<char> name)
    {
        var table = own ?? shared;
        var id = table.IdOf(name);
        if (id >= 0)
        {
            return id;
        }

        own ??= shared.Clone();
        return own.GetOrAdd(name);
    }

    private int InternPending()
    {
        var pairs = CollectionsMarshal.AsSpan(_pendingPairs);
        EventLogBuilder.SortPairsByKey(pairs);
        var id = _properties!.Intern(pairs);
        _pendingPairs.Clear();
        return id;
    }

    private static int Checked(int id, string what) => id <= ushort.MaxValue
        ? id
        : throw new InvalidOperationException($"More than {ushort.MaxValue + 1} distinct {what}: the log stores them in 16 bits.");

    private readonly record struct Pending(int Customer, long Ticks, ushort Activity, ushort Channel, int PropertySet, int Order);

    private sealed record Columns(long[] Ticks, ushort[] Activity, ushort[] Channel, int[]? PropertySet);
}
