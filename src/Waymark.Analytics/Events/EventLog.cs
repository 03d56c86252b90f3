namespace Waymark.Analytics.Events;

/// <summary>
/// The in-memory, columnar event log. Each customer's events are contiguous and sorted by time (ties keep input
/// order). Per event it holds UTC ticks (8 bytes), activity id (2), channel id (2) and, only when some event has
/// properties, a property-set id (4): at most 16 bytes per event plus the dictionaries.
/// </summary>
public sealed class EventLog
{
    internal EventLog(
        int[] customerStart,
        long[] ticks,
        ushort[] activity,
        ushort[] channel,
        int[]? propertySet,
        LogDictionaries dictionaries,
        bool hasTimestamps)
    {
        CustomerStart = customerStart;
        Ticks = ticks;
        Activity = activity;
        Channel = channel;
        PropertySet = propertySet;
        Customers = dictionaries.Customers;
        Activities = dictionaries.Activities;
        Channels = dictionaries.Channels;
        Attributes = dictionaries.Attributes;
        Properties = dictionaries.Properties;
        HasTimestamps = hasTimestamps;
    }

    /// <summary>Customer ids; a customer's index is its id here.</summary>
    public NameTable Customers { get; }

    /// <summary>Activity names.</summary>
    public NameTable Activities { get; }

    /// <summary>Channel names; id 0 is the empty channel (none given).</summary>
    public NameTable Channels { get; }

    /// <summary>Customer attributes (plan, region, XES trace attributes, ...).</summary>
    public CustomerAttributes Attributes { get; }

    /// <summary>Event properties, stored as interned property sets.</summary>
    public PropertySets Properties { get; }

    /// <summary>False for sequence-only input, where ticks are positions and order stands in for time.</summary>
    public bool HasTimestamps { get; }

    public int CustomerCount => CustomerStart.Length - 1;

    /// <summary>Events in the log (the columns may be a little longer).</summary>
    public int EventCount => CustomerStart[^1];

    /// <summary>Bytes held per event by the event columns (the dictionaries and customer offsets excluded).</summary>
    public int BytesPerEvent => sizeof(long) + sizeof(ushort) + sizeof(ushort) + (PropertySet is null ? 0 : sizeof(int));

    internal int[] CustomerStart { get; }

    internal long[] Ticks { get; }

    internal ushort[] Activity { get; }

    internal ushort[] Channel { get; }

    internal int[]? PropertySet { get; }

    /// <summary>The events of one customer as an index range into the columns.</summary>
    public Range EventsOf(int customer) => new(CustomerStart[customer], CustomerStart[customer + 1]);

    /// <summary>One event, materialised (for display and tests, not for hot loops).</summary>
    public JourneyEvent GetEvent(int index) => new(
        Customers[CustomerOf(index)],
        HasTimestamps ? new DateTimeOffset(Ticks[index], TimeSpan.Zero) : null,
        Activities[Activity[index]],
        Channel[index] == 0 ? null : Channels[Channel[index]],
        PropertySet is null ? PropertySets.Empty : Properties.ToDictionary(PropertySet[index]));

    /// <summary>The customer that owns an event (binary search over the offsets).</summary>
    public int CustomerOf(int eventIndex)
    {
        var found = Array.BinarySearch(CustomerStart, 0, CustomerStart.Length - 1, eventIndex);
        if (found >= 0)
        {
            while (found + 1 < CustomerStart.Length - 1 && CustomerStart[found + 1] == eventIndex)
            {
                found++;
            }

            return found;
        }

        return ~found - 1;
    }
}
