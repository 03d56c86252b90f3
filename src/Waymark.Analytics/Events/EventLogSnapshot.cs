using Waymark.Analytics.Events.Internals;

namespace Waymark.Analytics.Events;

/// <summary>
/// An <see cref="IncrementalEventLog"/> as it stood after an update (its log, the attributes still waiting for their
/// customer's first event, the count of replaced values), written to and read from a binary file so a new process
/// goes on from it instead of reading every row of the store again (docs/adr/059-event-log-snapshots.md). The file
/// holds the columns and dictionaries as they lie in memory, a <see cref="SnapshotStamp"/> and a checksum; reading
/// it costs a few bulk reads and one hash per name, no object per event.
/// </summary>
public sealed class EventLogSnapshot
{
    /// <summary>Changes whenever the file layout or how stored rows become a log changes: other versions are not read.</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<string, List<(string Key, string Value)>> _waiting;

    private EventLogSnapshot(EventLog log, long replacedValues, Dictionary<string, List<(string Key, string Value)>> waiting)
    {
        Log = log;
        ReplacedValues = replacedValues;
        _waiting = waiting;
    }

    /// <summary>The log (it never changes once handed out, so a snapshot can be written while it is read).</summary>
    public EventLog Log { get; }

    /// <summary>Values replaced or left out over every update the log had.</summary>
    public long ReplacedValues { get; }

    /// <summary>Customers with attributes but no event yet.</summary>
    public int WaitingCustomers => _waiting.Count;

    internal IReadOnlyDictionary<string, List<(string Key, string Value)>> Waiting => _waiting;

    /// <summary>
    /// The log's state now; call it while no update is committed (the waiting attributes are copied, the log is
    /// shared as it is immutable).
    /// </summary>
    public static EventLogSnapshot Capture(IncrementalEventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var current = log.Current ?? throw new InvalidOperationException("The log has had no update yet.");
        var waiting = new Dictionary<string, List<(string Key, string Value)>>(log.Waiting.Count, StringComparer.Ordinal);
        foreach (var (customer, pairs) in log.Waiting)
        {
            waiting[customer] = [.. pairs];
        }

        return new EventLogSnapshot(current, log.ReplacedValues, waiting);
    }

    /// <summary>A log to keep updating from here (each call gives an independent one).</summary>
    public IncrementalEventLog Restore() => IncrementalEventLog.Restored(Log, ReplacedValues, _waiting);

    /// <summary>Writes the snapshot with its stamp; the caller makes the file appear atomically.</summary>
    public void WriteTo(Stream stream, SnapshotStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SnapshotFormat.Write(stream, this, stamp);
    }

    /// <summary>Reads only the stamp (to decide whether the rest is worth reading). Throws InvalidDataException.</summary>
    public static SnapshotStamp ReadStamp(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return SnapshotFormat.ReadHeader(new SnapshotReader(stream));
    }

    /// <summary>Reads a whole snapshot; a damaged, truncated or other-version file throws InvalidDataException.</summary>
    public static EventLogSnapshot ReadFrom(Stream stream, out SnapshotStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (log, replaced, waiting) = SnapshotFormat.Read(stream, out stamp);
        return new EventLogSnapshot(log, replaced, waiting);
    }
}
