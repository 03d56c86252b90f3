namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// The snapshot file's layout (docs/adr/059-event-log-snapshots.md): a header (magic, format version, stamp), the
/// event columns, the dictionaries, the waiting attributes, and an XxHash3 of all of it at the end. Names are
/// stored as their char arena and offsets, property sets as their int arena and offsets: each a bulk read.
/// </summary>
internal static class SnapshotFormat
{
    private const int HasTimestamps = 1;
    private const int HasPropertySets = 2;
    private static readonly byte[] Magic = "WMLOGSNP"u8.ToArray();

    public static void Write(Stream stream, EventLogSnapshot snapshot, SnapshotStamp stamp)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshots are written on little-endian machines only.");
        }

        var writer = new SnapshotWriter(stream);
        WriteHeader(writer, stamp);
        var log = snapshot.Log;
        writer.WriteInt64(snapshot.ReplacedValues);
        writer.WriteInt32((log.HasTimestamps ? HasTimestamps : 0) | (log.PropertySet is null ? 0 : HasPropertySets));
        writer.WriteInt32(log.EventCount);
        writer.WriteArray<int>(log.CustomerStart);
        writer.WriteArray<long>(log.Ticks.AsSpan(0, log.EventCount));
        writer.WriteArray<ushort>(log.Activity.AsSpan(0, log.EventCount));
        writer.WriteArray<ushort>(log.Channel.AsSpan(0, log.EventCount));
        if (log.PropertySet is not null)
        {
            writer.WriteArray<int>(log.PropertySet.AsSpan(0, log.EventCount));
        }

        WriteTable(writer, log.Customers);
        WriteTable(writer, log.Activities);
        WriteTable(writer, log.Channels);
        WriteAttributes(writer, log.Attributes);
        WriteTable(writer, log.Properties.Keys);
        WriteTable(writer, log.Properties.Values);
        writer.WriteArray(log.Properties.Sets.Arena);
        writer.WriteArray(log.Properties.Sets.Offsets);
        WriteWaiting(writer, snapshot.Waiting);
        writer.WriteChecksum();
    }

    public static SnapshotStamp ReadHeader(SnapshotReader reader)
    {
        Span<byte> magic = stackalloc byte[Magic.Length];
        reader.ReadBytes(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not an event log snapshot.");
        }

        var version = reader.ReadInt32();
        if (version != EventLogSnapshot.FormatVersion)
        {
            throw new InvalidDataException($"The snapshot has format version {version}; this server reads {EventLogSnapshot.FormatVersion}.");
        }

        return new SnapshotStamp(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
    }

    public static (EventLog Log, long Replaced, Dictionary<string, List<(string Key, string Value)>> Waiting) Read(Stream stream, out SnapshotStamp stamp)
    {
        var reader = new SnapshotReader(stream);
        stamp = ReadHeader(reader);
        var replaced = reader.ReadInt64();
        var flags = reader.ReadInt32();
        var events = reader.ReadCount();
        var start = reader.ReadArray<int>();
        var ticks = reader.ReadArray<long>(events, "time column");
        var activity = reader.ReadArray<ushort>(events, "activity column");
        var channel = reader.ReadArray<ushort>(events, "channel column");
        var propertySet = (flags & HasPropertySets) != 0 ? reader.ReadArray<int>(events, "property set column") : null;
        var customers = ReadArena<char>(reader);
        var activities = ReadArena<char>(reader);
        var channels = ReadArena<char>(reader);
        var (attributeKeys, attributeValues) = (ReadArena<char>(reader), ReadArena<char>(reader));
        var columns = ReadColumns(reader);
        var (keys, values, sets) = (ReadArena<char>(reader), ReadArena<char>(reader), ReadArena<int>(reader));
        var waiting = ReadWaiting(reader);

        // Nothing is built from the bytes until they are known to be the ones written.
        reader.VerifyChecksum();
        var dictionaries = new LogDictionaries(
            Table(customers), Table(activities), Table(channels),
            CustomerAttributes.FromColumns(Table(attributeKeys), Table(attributeValues), columns),
            PropertySets.FromParts(SequenceInterner.FromArena(sets.Values, sets.Starts), Table(keys), Table(values)));
        CheckOffsets(start, dictionaries.Customers.Count, events);
        return (new EventLog(start, ticks, activity, channel, propertySet, dictionaries, (flags & HasTimestamps) != 0), replaced, waiting);
    }

    private static void WriteHeader(SnapshotWriter writer, SnapshotStamp stamp)
    {
        writer.WriteBytes(Magic);
        writer.WriteInt32(EventLogSnapshot.FormatVersion);
        writer.WriteString(stamp.WorkspaceId);
        writer.WriteString(stamp.SourceId);
        writer.WriteString(stamp.StoreIdentity);
        writer.WriteInt64(stamp.LastSequence);
        writer.WriteInt64(stamp.LastAttributeSequence);
    }

    private static void WriteTable(SnapshotWriter writer, NameTable table)
    {
        writer.WriteArray(table.Arena);
        writer.WriteArray(table.Starts);
    }

    /// <summary>Values end to end and where each entry starts: a name table's or the property sets' layout.</summary>
    private static (T[] Values, int[] Starts) ReadArena<T>(SnapshotReader reader)
        where T : unmanaged => (reader.ReadArray<T>(), reader.ReadArray<int>());

    private static NameTable Table((char[] Chars, int[] Starts) arena) => NameTable.FromArena(arena.Chars, arena.Starts);

    private static void WriteAttributes(SnapshotWriter writer, CustomerAttributes attributes)
    {
        WriteTable(writer, attributes.Keys);
        WriteTable(writer, attributes.Values);
        writer.WriteInt32(attributes.ColumnCount);
        for (var key = 0; key < attributes.ColumnCount; key++)
        {
            writer.WriteArray(attributes.Column(key));
        }
    }

    private static List<List<int>> ReadColumns(SnapshotReader reader)
    {
        var columns = new List<List<int>>();
        for (var count = reader.ReadCount(); columns.Count < count;)
        {
            columns.Add(reader.ReadList());
        }

        return columns;
    }

    private static void WriteWaiting(SnapshotWriter writer, IReadOnlyDictionary<string, List<(string Key, string Value)>> waiting)
    {
        writer.WriteInt32(waiting.Count);
        foreach (var (customer, pairs) in waiting)
        {
            writer.WriteString(customer);
            writer.WriteInt32(pairs.Count);
            foreach (var (key, value) in pairs)
            {
                writer.WriteString(key);
                writer.WriteString(value);
            }
        }
    }

    private static Dictionary<string, List<(string Key, string Value)>> ReadWaiting(SnapshotReader reader)
    {
        var count = reader.ReadCount();
        var waiting = new Dictionary<string, List<(string Key, string Value)>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var customer = reader.ReadString();
            var pairs = new List<(string Key, string Value)>();
            for (var n = reader.ReadCount(); pairs.Count < n;)
            {
                pairs.Add((reader.ReadString(), reader.ReadString()));
            }

            waiting[customer] = pairs;
        }

        return waiting;
    }

    /// <summary>Customer offsets: one per customer and the end, from 0 to the event count, never going back.</summary>
    private static void CheckOffsets(int[] start, int customers, int events)
    {
        if (start.Length != customers + 1 || start[0] != 0 || start[^1] != events)
        {
            throw new InvalidDataException("The snapshot's customer offsets do not match its customers and events.");
        }

        for (var c = 0; c < customers; c++)
        {
            if (start[c] > start[c + 1])
            {
                throw new InvalidDataException("The snapshot's customer offsets go backwards.");
            }
        }
    }
}
