using Microsoft.Extensions.Logging;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Caches;

/// <summary>
/// The engine's log per workspace, kept in memory and brought up to date on each use by reading only the rows
/// (events, and customer attributes set or changed) with a sequence above the last one seen and merging them into
/// the log with Analytics' <see cref="IncrementalEventLog"/> (no database read of the old rows, no rebuild). A stored
/// value that is not text never fails a read: it is replaced, counted (<see cref="ReplacedValues"/>) and logged as a
/// warning.
/// </summary>
public sealed partial class EventLogCache(IEventStore store, ILogger<EventLogCache> logger)
{
    private readonly PerWorkspace<Entry> _workspaces = new();

    private long _rowsRead;

    /// <summary>Rows read from the store since start, over all workspaces (tests use it to prove refreshes are incremental).</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The workspace's log including every event committed before the call.</summary>
    public Task<EventLog> GetAsync(string workspaceId, CancellationToken ct) =>
        _workspaces.UseAsync(workspaceId, entry => RefreshAsync(workspaceId, entry, ct), ct);

    /// <summary>Stored values of the workspace that were not text and were replaced when its log was read.</summary>
    public long ReplacedValues(string workspaceId) =>
        _workspaces.TryGet(workspaceId, out var entry) ? entry.Log.ReplacedValues : 0;

    /// <summary>Forgets a workspace (deleted): its next use reads from the start.</summary>
    public void Forget(string workspaceId) => _workspaces.Forget(workspaceId);

    private async Task<EventLog> RefreshAsync(string workspaceId, Entry entry, CancellationToken ct)
    {
        var read = 0;
        var lastSequence = entry.LastSequence;
        var lastAttributeSequence = entry.LastAttributeSequence;
        var update = entry.Log.BeginUpdate();
        await foreach (var e in store.ReadSinceAsync(workspaceId, entry.LastSequence, ct).ConfigureAwait(false))
        {
            update.AddEvent(e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties);
            lastSequence = e.Sequence;
            read++;
        }

        await foreach (var a in store.ReadAttributesSinceAsync(workspaceId, entry.LastAttributeSequence, ct).ConfigureAwait(false))
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
            LogReplaced(workspaceId, update.Replaced);
        }

        return log;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}: {Count} stored event values were not valid text (a lone surrogate, or properties that are not a JSON object); they were replaced by U+FFFD or left out.")]
    private partial void LogReplaced(string workspaceId, long count);

    /// <summary>A workspace's log and the store sequences (events, attributes) it has read up to.</summary>
    private sealed class Entry
    {
        public IncrementalEventLog Log { get; } = new();

        public long LastSequence { get; set; }

        /// <summary>Starts below 0: rows stored before attributes had a write sequence carry 0 and are read once.</summary>
        public long LastAttributeSequence { get; set; } = -1;
    }
}
