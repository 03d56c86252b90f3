using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Data.EventStores;

namespace Waymark.Server.Caches;

/// <summary>
/// Keeps each source's engine log in a snapshot file between runs (docs/adr/059-event-log-snapshots.md), so the first
/// use after a restart loads the file and reads only the rows stored after it. A snapshot is a cache, never a source of
/// truth: it is used only when its stamp names this workspace and source and the store still holds the rows it was
/// read from (<see cref="IEventStoreFingerprint"/>: same first event, same last event read, attribute writes still
/// there), and its checksum holds. Anything else is logged, the file deleted and the log read from the start.
/// </summary>
public sealed partial class EventLogSnapshots
{
    private static readonly TimeSpan StaleTemp = TimeSpan.FromHours(1);

    private readonly IEventStoreFingerprint? _store;
    private readonly ILogger<EventLogSnapshots> _logger;

    public EventLogSnapshots(IEventStore store, IOptions<DatabaseOptions> database, IOptions<EventStoreOptions> events, ILogger<EventLogSnapshots> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(events);
        _store = store as IEventStoreFingerprint;
        _logger = logger;
        Folder = _store is null ? null : SnapshotFolder.Resolve(database.Value, events.Value);
        MinRows = events.Value.SnapshotMinRows;
        Delay = TimeSpan.FromSeconds(events.Value.SnapshotDelaySeconds);
        DeleteStaleTemps();
    }

    /// <summary>The snapshots' folder; null when snapshots are off.</summary>
    public string? Folder { get; }

    /// <summary>Rows read since a source's last snapshot that make a new one due.</summary>
    public int MinRows { get; }

    /// <summary>How long a due snapshot waits before it is written (refreshes meanwhile are in it).</summary>
    public TimeSpan Delay { get; }

    /// <summary>The file of a source's snapshot (it may not exist); null when snapshots are off.</summary>
    public string? PathOf(EventSourceKey source) => Folder is null ? null : Path.Combine(Folder, SnapshotFolder.FileName(source));

    /// <summary>The source's snapshot and its stamp, when there is one that can be trusted; else null.</summary>
    public async Task<(EventLogSnapshot Snapshot, SnapshotStamp Stamp)?> TryLoadAsync(EventSourceKey source, CancellationToken ct)
    {
        var path = PathOf(source);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            var stamp = EventLogSnapshot.ReadStamp(file);
            var problem = stamp.WorkspaceId != source.WorkspaceId || stamp.SourceId != source.SourceId
                ? "it belongs to another workspace or source"
                : await _store!.FingerprintAsync(source, stamp.LastSequence, stamp.LastAttributeSequence, ct).ConfigureAwait(false) != stamp.StoreIdentity
                    ? "the store no longer holds the rows it was read from (another database, or rows deleted)"
                    : null;
            if (problem is null)
            {
                file.Position = 0;
                return (EventLogSnapshot.ReadFrom(file, out _), stamp);
            }

            Reject(path, source, problem);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Reject(path, source, e.Message);
        }

        return null;
    }

    /// <summary>
    /// Writes a source's snapshot: to a temp file, flushed to disk, then renamed over the old one, so a reader sees
    /// the old file or the new one, never half of one. <paramref name="wanted"/> is asked again just before the rename
    /// (a source forgotten meanwhile keeps no file).
    /// </summary>
    public async Task WriteAsync(EventSourceKey source, EventLogSnapshot snapshot, long lastSequence, long lastAttributeSequence, Func<bool> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(wanted);
        var path = PathOf(source);
        var identity = path is null ? null : await _store!.FingerprintAsync(source, lastSequence, lastAttributeSequence, ct).ConfigureAwait(false);
        if (path is null || identity is null || !wanted())
        {
            return;
        }

        Directory.CreateDirectory(Folder!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                snapshot.WriteTo(file, new SnapshotStamp(source.WorkspaceId, source.SourceId, identity, lastSequence, lastAttributeSequence));
                file.Flush(flushToDisk: true);
            }

            if (wanted())
            {
                File.Move(temp, path, overwrite: true);
                LogWritten(source.WorkspaceId, source.SourceId, snapshot.Log.EventCount, lastSequence);
            }
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Deletes a source's snapshot (the source was deleted).</summary>
    public void Delete(EventSourceKey source)
    {
        if (PathOf(source) is { } path)
        {
            TryDelete(path, source.WorkspaceId);
        }
    }

    /// <summary>Deletes every snapshot of a workspace (it was deleted).</summary>
    public void DeleteWorkspace(string workspaceId)
    {
        if (Folder is null || !Directory.Exists(Folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(Folder, SnapshotFolder.WorkspacePrefix(workspaceId) + "*" + SnapshotFolder.Extension))
        {
            TryDelete(path, workspaceId);
        }
    }

    /// <summary>
    /// A snapshot left behind is harmless (its rows are gone, so its fingerprint never matches again): a file that
    /// cannot be deleted is logged, never a failed request.
    /// </summary>
    private void TryDelete(string path, string workspaceId)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogNotDeleted(workspaceId, path, e.Message);
        }
    }

    private void Reject(string path, EventSourceKey source, string problem)
    {
        LogRejected(source.WorkspaceId, source.SourceId, path, problem);
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogRejected(source.WorkspaceId, source.SourceId, path, "it could not be deleted either: " + e.Message);
        }
    }

    /// <summary>Temp files a stopped process left behind (an hour old: another process may be writing a fresh one).</summary>
    private void DeleteStaleTemps()
    {
        if (Folder is null || !Directory.Exists(Folder))
        {
            return;
        }

        foreach (var temp in Directory.EnumerateFiles(Folder, "*.tmp"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(temp) > StaleTemp)
            {
                File.Delete(temp);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}, source {SourceId}: the event log snapshot {Path} is not used ({Problem}); the log is read from the store.")]
    private partial void LogRejected(string workspaceId, string sourceId, string path, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}: the event log snapshot {Path} of a deleted source could not be deleted ({Problem}); it is never used again.")]
    private partial void LogNotDeleted(string workspaceId, string path, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workspace {WorkspaceId}, source {SourceId}: event log snapshot written ({Events} events, up to sequence {Sequence}).")]
    private partial void LogWritten(string workspaceId, string sourceId, int events, long sequence);
}
