using Waymark.Analytics.Events.Internals;

namespace Waymark.Analytics.Events;

/// <summary>
/// Collects events in input order (in arrays that can be sized ahead) and builds the customer-sorted log.
/// Names are interned from spans: a known customer or activity costs no allocation.
/// </summary>
public sealed class EventLogBuilder
{
    private readonly InputColumns _columns = new();
    private readonly List<int> _pendingPairs = [];
    private readonly LogDictionaries _dictionaries;

    public EventLogBuilder()
    {
        _dictionaries = new LogDictionaries(new NameTable(), new NameTable(), new NameTable(), new CustomerAttributes(), new PropertySets());
        _dictionaries.Channels.GetOrAdd("");
    }

    /// <summary>False for sequence-only input: ticks are then positions.</summary>
    public bool HasTimestamps { get; init; } = true;

    public int EventCount => _columns.Count;

    public NameTable Customers => _dictionaries.Customers;

    public NameTable Activities => _dictionaries.Activities;

    public NameTable Channels => _dictionaries.Channels;

    /// <summary>Adds an event; properties given by <see cref="AddProperty"/> since the last event are attached.</summary>
    public void Add(ReadOnlySpan<char> customer, long utcTicks, ReadOnlySpan<char> activity, ReadOnlySpan<char> channel)
    {
        var customerId = _dictionaries.Customers.GetOrAdd(customer);
        var activityId = CheckedId(_dictionaries.Activities.GetOrAdd(activity), "activities");
        var channelId = channel.IsEmpty ? 0 : CheckedId(_dictionaries.Channels.GetOrAdd(channel), "channels");
        Add(customerId, utcTicks, activityId, channelId);
    }

    /// <summary>Adds an event by ids already interned in <see cref="Customers"/> and <see cref="Activities"/>.</summary>
    public void Add(int customerId, long utcTicks, int activityId, int channelId)
    {
        AddWithSet(customerId, utcTicks, activityId, channelId, TakePendingPropertySet());
    }

    /// <summary>Interns the pending properties as a set (0 when none) and clears them.</summary>
    internal int TakePendingPropertySet() => _pendingPairs.Count == 0 ? 0 : InternPending();

    internal void AddWithSet(int customerId, long utcTicks, int activityId, int channelId, int propertySet) =>
        _columns.Append(customerId, utcTicks, (ushort)CheckedId(activityId, "activities"), (ushort)channelId, propertySet);

    /// <summary>Sizes the columns for this many events ahead (a hint from the input size).</summary>
    internal void EnsureCapacity(int events) => _columns.EnsureCapacity(events);

    /// <summary>
    /// Adds events by ids already interned, as whole columns (the parallel CSV reader's blocks); no properties may
    /// be pending.
    /// </summary>
    internal void AddRows(ReadOnlySpan<int> customerIds, ReadOnlySpan<long> utcTicks, ReadOnlySpan<ushort> activityIds, ReadOnlySpan<ushort> channelIds)
    {
        if (_pendingPairs.Count > 0)
        {
            throw new InvalidOperationException("Properties are pending: add these events one by one.");
        }

        _columns.AppendRows(customerIds, utcTicks, activityIds, channelIds);
    }

    /// <summary>Interns an activity name, checked to fit the log's 16 bits.</summary>
    internal int ActivityId(ReadOnlySpan<char> activity) => CheckedId(_dictionaries.Activities.GetOrAdd(activity), "activities");

    /// <summary>Interns a channel name (empty: 0).</summary>
    internal int ChannelId(ReadOnlySpan<char> channel) =>
        channel.IsEmpty ? 0 : CheckedId(_dictionaries.Channels.GetOrAdd(channel), "channels");

    /// <summary>Attaches a property to the next event added.</summary>
    public void AddProperty(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        _pendingPairs.Add(_dictionaries.Properties.Keys.GetOrAdd(key));
        _pendingPairs.Add(_dictionaries.Properties.Values.GetOrAdd(value));
    }

    /// <summary>Drops properties added since the last event (the row they belonged to was rejected).</summary>
    public void ClearPendingProperties() => _pendingPairs.Clear();

    /// <summary>Sets a customer attribute; the first value given wins unless <paramref name="overwrite"/>.</summary>
    public void SetAttribute(ReadOnlySpan<char> customer, ReadOnlySpan<char> key, ReadOnlySpan<char> value, bool overwrite = false)
    {
        var customerId = _dictionaries.Customers.GetOrAdd(customer);
        _dictionaries.Attributes.Set(customerId, key, value, overwrite);
    }

    /// <summary>Sorts events per customer by time (ties keep input order) into the columnar log.</summary>
    public EventLog Build() => LogSorter.Build(_columns, _dictionaries, HasTimestamps);

    private int InternPending()
    {
        var pairs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pendingPairs);
        SortPairsByKey(pairs);
        var id = _dictionaries.Properties.Intern(pairs);
        _pendingPairs.Clear();
        return id;
    }

    // Few properties per event: insertion sort of (key, value) pairs; a later duplicate key replaces nothing.
    internal static void SortPairsByKey(Span<int> pairs)
    {
        for (var i = 2; i < pairs.Length; i += 2)
        {
            var key = pairs[i];
            var value = pairs[i + 1];
            var j = i - 2;
            while (j >= 0 && pairs[j] > key)
            {
                pairs[j + 2] = pairs[j];
                pairs[j + 3] = pairs[j + 1];
                j -= 2;
            }

            pairs[j + 2] = key;
            pairs[j + 3] = value;
        }
    }

    private static int CheckedId(int id, string what) => id <= ushort.MaxValue
        ? id
        : throw new InvalidOperationException($"More than {ushort.MaxValue + 1} distinct {what}: the log stores them in 16 bits.");
}
