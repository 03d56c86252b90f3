using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>
/// The engine's log per workspace, kept in memory and brought up to date on each use by reading only the rows
/// (events, and customer attributes set or changed) with a sequence above the last one seen and merging them into
/// the log (no database read of the old rows, no rebuild). A stored value that is not text never fails a read: it is
/// replaced, counted (<see cref="ReplacedValues"/>) and logged as a warning.
/// </summary>
public sealed partial class EventLogCache(IEventStore store, ILogger<EventLogCache> logger)
{
    private readonly ConcurrentDictionary<string, WorkspaceLog> _workspaces = new(StringComparer.Ordinal);

    private long _rowsRead;

    /// <summary>Rows read from the store since start, over all workspaces (tests use it to prove refreshes are incremental).</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The workspace's log including every event committed before the call.</summary>
    public async Task<EventLog> GetAsync(string workspaceId, CancellationToken ct)
    {
        var entry = _workspaces.GetOrAdd(workspaceId, _ => new WorkspaceLog());
        await entry.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var read = 0;
            var refresh = entry.Begin();
            await foreach (var e in store.ReadSinceAsync(workspaceId, entry.LastSequence, ct).ConfigureAwait(false))
            {
                refresh.Add(e);
                read++;
            }

            await foreach (var a in store.ReadAttributesSinceAsync(workspaceId, entry.LastAttributeSequence, ct).ConfigureAwait(false))
            {
                refresh.SetAttribute(a);
                read++;
            }

            Interlocked.Add(ref _rowsRead, read);
            if (read > 0 || entry.Log is null)
            {
                refresh.Commit();
                if (refresh.Replaced > 0)
                {
                    LogReplaced(workspaceId, refresh.Replaced);
                }
            }

            return entry.Log!;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Stored values of the workspace that were not text and were replaced when its log was read.</summary>
    public long ReplacedValues(string workspaceId) =>
        _workspaces.TryGetValue(workspaceId, out var entry) ? entry.ReplacedValues : 0;

    /// <summary>Forgets a workspace (deleted): its next use reads from the start.</summary>
    public void Forget(string workspaceId) => _workspaces.TryRemove(workspaceId, out _);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workspace {WorkspaceId}: {Count} stored event values were not valid text (a lone surrogate, or properties that are not a JSON object); they were replaced by U+FFFD or left out.")]
    private partial void LogReplaced(string workspaceId, long count);
}
