using Microsoft.Extensions.Logging;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Caches;

/// <summary>
/// The engine's log per event source of a workspace (docs/adr/042-sources-data-sources.md), kept in memory and brought up to date on each use by reading only the rows
/// (events, and customer attributes set or changed) with a sequence above the last one seen and merging them into
/// the log with Analytics' <see cref="IncrementalEventLog"/> (no database read of the old rows, no rebuild). A stored
/// value that is not text never fails a read: it is replaced, counted (<see cref="ReplacedValues"/>) and logged as a
/// warning.
/// </summary>
public sealed partial class EventLogCache(IEventStore store, ILogger<EventLogCache> logger)
{
    private readonly PerWorkspace<Entry> _sources = new();

    /// <summary>A log with no event, for a map bound to no source: its figures are empty, never another source's.</summary>
    public static EventLog Empty { get; } = new EventLogBuilder().Build();

    private long _rowsRead;

    /// <summary>Rows read from the store since start, over all sources (tests use it to prove refreshes are incremental).</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The source's log including every event committed before the call.</summary>
    public Task<EventLog> GetAsync(EventSourceKey source, CancellationToken ct) =>
        _sources.UseAsync(Key(source), entry => RefreshAsync(source, entry, ct), ct);

    /// <summary>Stored values of the source that were not text and were replaced when its log was read.</summary>
    public long ReplacedValues(EventSourceKey source) =>
        _sources.TryGet(Key(source), out var entry) ? entry.Log.ReplacedValues : 0;

    /// <summary>Forgets every source of a workspace (deleted): a next use reads from the start.</summary>
    public void Forget(string workspaceId) => _sources.ForgetWhere(key => key.StartsWith(workspaceId + "\n", StringComparison.Ordinal));

    /// <summary>Forgets one source (deleted).</summary>
    public void Forget(EventSourceKey source) => _sources.Forget(Key(source));

    private static string Key(EventSourceKey source) => source.WorkspaceId + "\n" + source.SourceId;

    private async Task<EventLog> RefreshAsync(EventSourceKey source, Entry entry, CancellationToken ct)
    {
        var read = 0;
        var lastSequence = entry.LastSequence;
        var lastAttributeSequence = entry.LastAttributeSequence;
        var update = entry.Log.BeginUpdate();
        await foreach (var e in store.ReadSinceAsync(source, entry.LastSequence, ct).ConfigureAwait(false))
        {
            update.AddEvent(e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties);
            lastSequence = e.Sequence;
            read++;
        }

        await foreach (var a in store.ReadAttributesSinceAsync(source, entry.LastAttributeSequence, ct).ConfigureAwait(false))
        {
            update.SetAttribute(a.CustomerId, a.Key, a.Value);
            lastAttributeSequence = a.Sequence;
            read++;
        }

        Interlocked.Add(ref _rowsRead, read);
        if (read == 0 && entry.Log.Current is not null)
        {
            return entry.Log.Current;
        }

        var log = update.Commit();
        entry.LastSequence = lastSequence;
        entry.LastAttributeSequence = lastAttributeSequence;
        if (update.Replaced > 0)
        {
            LogReplaced(source.WorkspaceId, source.SourceId, update.Replaced);
        }

        return log;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}, source {SourceId}: {Count} stored event values were not valid text (a lone surrogate, or properties that are not a JSON object); they were replaced by U+FFFD or left out.")]
    private partial void LogReplaced(string workspaceId, string sourceId, long count);

    /// <summary>A source's log and the store sequences (events, attributes) it has read up to.</summary>
    private sealed class Entry
    {
        public IncrementalEventLog Log { get; } = new();

        public long LastSequence { get; set; }

        /// <summary>Starts below 0: rows stored before attributes had a write sequence carry 0 and are read once.</summary>
        public long LastAttributeSequence { get; set; } = -1;
    }
}
