using Microsoft.Extensions.Logging;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Caches;

/// <summary>
/// The engine's log per event source of a workspace (docs/adr/042-sources-data-sources.md), kept in memory and brought up to date on each use by reading only the rows
/// (events, and customer attributes set or changed) with a sequence above the last one seen and merging them into
/// the log with Analytics' <see cref="IncrementalEventLog"/> (no database read of the old rows, no rebuild). A stored
/// value that is not text never fails a read: it is replaced, counted (<see cref="ReplacedValues"/>) and logged as a
/// warning. A source's first use after a start goes on from its snapshot file when one can be trusted, and a refresh
/// that read many rows has a new snapshot written in the background (<see cref="EventLogSnapshots"/>, ADR 059).
/// </summary>
public sealed partial class EventLogCache(IEventStore store, EventLogSnapshots snapshots, ILogger<EventLogCache> logger)
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

    /// <summary>Whether the source's log was asked for since start (pushed-down questions never ask: ADR 064).</summary>
    public bool Holds(EventSourceKey source) => _sources.TryGet(Key(source), out _);

    /// <summary>Stored values of the source that were not text and were replaced when its log was read.</summary>
    public long ReplacedValues(EventSourceKey source) =>
        _sources.TryGet(Key(source), out var entry) ? entry.Log.ReplacedValues : 0;

    /// <summary>Forgets every source of a workspace (deleted) and its snapshots: a next use reads from the start.</summary>
    public void Forget(string workspaceId)
    {
        foreach (var entry in _sources.ForgetWhere(key => key.StartsWith(workspaceId + "\n", StringComparison.Ordinal)))
        {
            entry.Snapshots.Forget();
        }

        snapshots.DeleteWorkspace(workspaceId);
    }

    /// <summary>Forgets one source (deleted) and its snapshot.</summary>
    public void Forget(EventSourceKey source)
    {
        _sources.Take(Key(source))?.Snapshots.Forget();
        snapshots.Delete(source);
    }

    private static string Key(EventSourceKey source) => source.WorkspaceId + "\n" + source.SourceId;

    private async Task<EventLog> RefreshAsync(EventSourceKey source, Entry entry, CancellationToken ct)
    {
        if (!entry.Started)
        {
            await RestoreAsync(source, entry, ct).ConfigureAwait(false);
            entry.Started = true;
        }

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
        LogMemory.ReleaseAfterRead(read); // a large read's garbage given back, not kept committed (ADR 073)
        entry.LastSequence = lastSequence;
        entry.LastAttributeSequence = lastAttributeSequence;
        if (update.Replaced > 0)
        {
            LogReplaced(source.WorkspaceId, source.SourceId, update.Replaced);
        }

        entry.Snapshots.Unsaved += read;
        ScheduleSnapshot(source, entry);
        return log;
    }

    /// <summary>Goes on from the source's snapshot when there is one to trust (else the log is read from the start).</summary>
    private async Task RestoreAsync(EventSourceKey source, Entry entry, CancellationToken ct)
    {
        if (await snapshots.TryLoadAsync(source, ct).ConfigureAwait(false) is { } loaded)
        {
            entry.Log = loaded.Snapshot.Restore();
            entry.LastSequence = loaded.Stamp.LastSequence;
            entry.LastAttributeSequence = loaded.Stamp.LastAttributeSequence;
        }
    }

    /// <summary>Under the source's gate: captures the log for a background write when enough rows came in.</summary>
    private void ScheduleSnapshot(EventSourceKey source, Entry entry)
    {
        if (snapshots.Folder is null || entry.Snapshots.Unsaved < snapshots.MinRows || entry.LastSequence <= 0)
        {
            return;
        }

        var due = new SnapshotSchedule.Due(EventLogSnapshot.Capture(entry.Log), entry.LastSequence, entry.LastAttributeSequence);
        if (entry.Snapshots.Offer(due))
        {
            _ = Task.Run(() => WriteSnapshotsAsync(source, entry.Snapshots));
        }
    }

    private async Task WriteSnapshotsAsync(EventSourceKey source, SnapshotSchedule schedule)
    {
        await Task.Delay(snapshots.Delay).ConfigureAwait(false);
        while (schedule.Next() is { } due)
        {
            try
            {
                await snapshots.WriteAsync(source, due.Snapshot, due.LastSequence, due.LastAttributeSequence, () => schedule.Wanted, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A snapshot is a cache: failing to write one costs the next start time, never a request.
                LogSnapshotFailed(source.WorkspaceId, source.SourceId, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}, source {SourceId}: {Count} stored event values were not valid text (a lone surrogate, or properties that are not a JSON object); they were replaced by U+FFFD or left out.")]
    private partial void LogReplaced(string workspaceId, string sourceId, long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}, source {SourceId}: the event log snapshot could not be written.")]
    private partial void LogSnapshotFailed(string workspaceId, string sourceId, Exception exception);

    /// <summary>A source's log, the store sequences (events, attributes) it has read up to, and its snapshot schedule.</summary>
    private sealed class Entry
    {
        public IncrementalEventLog Log { get; set; } = new();

        /// <summary>Whether the first use (which looks for a snapshot) has happened.</summary>
        public bool Started { get; set; }

        public long LastSequence { get; set; }

        /// <summary>Starts below 0: rows stored before attributes had a write sequence carry 0 and are read once.</summary>
        public long LastAttributeSequence { get; set; } = -1;

        public SnapshotSchedule Snapshots { get; } = new();
    }
}
