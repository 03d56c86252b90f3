using System.Collections.Concurrent;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>
/// The engine's log per workspace, kept in memory and brought up to date on each use by reading only the rows
/// (events, and customer attributes set or changed) with a sequence above the last one seen and merging them into
/// the log (no database read of the old rows, no rebuild).
/// </summary>
public sealed class EventLogCache(IEventStore store)
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
            }

            return entry.Log!;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets a workspace (deleted): its next use reads from the start.</summary>
    public void Forget(string workspaceId) => _workspaces.TryRemove(workspaceId, out _);
}
