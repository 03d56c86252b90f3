namespace Waymark.Analytics.Events;

/// <summary>
/// An engine log kept up to date from rows that arrive over time (a store read since the last row seen): the first
/// update streams its rows into an <see cref="EventLogBuilder"/>, later ones merge only their new rows with an
/// <see cref="EventLogAppender"/>, so an update costs one copy of the columns and no per-event object is held between
/// updates. Only customers with events enter the log: an attribute of a customer not seen yet waits here until their
/// first event arrives. Every log handed out stays as it was (ADR 006). Not thread-safe: one update at a time.
/// </summary>
public sealed class IncrementalEventLog
{
    /// <summary>The log as of the last committed update; null before the first.</summary>
    public EventLog? Current { get; private set; }

    /// <summary>Values replaced or left out because they were not text, over every committed update.</summary>
    public long ReplacedValues { get; private set; }

    /// <summary>Attributes of customers without events yet, by customer, each key once (a later value wins).</summary>
    internal Dictionary<string, List<(string Key, string Value)>> Waiting { get; } = new(StringComparer.Ordinal);

    /// <summary>A log that goes on from a snapshot: its log, its replaced-value count and the attributes still waiting.</summary>
    internal static IncrementalEventLog Restored(EventLog log, long replaced, IEnumerable<KeyValuePair<string, List<(string Key, string Value)>>> waiting)
    {
        var restored = new IncrementalEventLog { Current = log, ReplacedValues = replaced };
        foreach (var (customer, pairs) in waiting)
        {
            restored.Waiting[customer] = [.. pairs];
        }

        return restored;
    }

    /// <summary>Starts an update; <see cref="Current"/> changes only when it is committed.</summary>
    public EventLogUpdate BeginUpdate() => new(this, Current);

    internal void EnsureCurrent(EventLog? basedOn)
    {
        if (!ReferenceEquals(basedOn, Current))
        {
            throw new InvalidOperationException("Another update was committed after this one began; begin it again.");
        }
    }

    internal void Accept(EventLog log, long replaced)
    {
        Current = log;
        ReplacedValues += replaced;
    }
}
