using Waymark.Analytics.Feedback;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Feedback;

namespace Waymark.Server.Caches;

/// <summary>
/// Each workspace's feedback in memory, brought up to date on each use by reading only the rows with a sequence
/// above the last one seen. New texts are analysed once (<see cref="FeedbackSnapshot.Extend"/>); the topic index is
/// rebuilt only when items arrived. Readers get an immutable <see cref="FeedbackSnapshot"/>, so a refresh never
/// changes what a running request sees.
/// </summary>
public sealed class FeedbackCache(IFeedbackStore store)
{
    private readonly PerWorkspace<Entry> _workspaces = new();

    private long _rowsRead;

    /// <summary>Rows read from the store since start, over all workspaces (tests use it to prove refreshes are incremental).</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The workspace's feedback including every item committed before the call.</summary>
    public Task<FeedbackSnapshot> GetAsync(string workspaceId, CancellationToken ct) =>
        _workspaces.UseAsync(workspaceId, entry => RefreshAsync(workspaceId, entry, ct), ct);

    /// <summary>Forgets a workspace (deleted): its next use reads from the start.</summary>
    public void Forget(string workspaceId) => _workspaces.Forget(workspaceId);

    private async Task<FeedbackSnapshot> RefreshAsync(string workspaceId, Entry entry, CancellationToken ct)
    {
        var items = new List<FeedbackItem>();
        var last = entry.LastSequence;
        await foreach (var row in store.ReadSinceAsync(workspaceId, entry.LastSequence, ct).ConfigureAwait(false))
        {
            items.Add(FeedbackMapping.ToItem(row));
            last = Math.Max(last, row.Sequence);
        }

        Interlocked.Add(ref _rowsRead, items.Count);
        if (items.Count > 0)
        {
            entry.Snapshot = entry.Snapshot.Extend(items);
            entry.LastSequence = last;
        }

        return entry.Snapshot;
    }

    private sealed class Entry
    {
        public long LastSequence { get; set; }

        public FeedbackSnapshot Snapshot { get; set; } = FeedbackSnapshot.Empty;
    }
}
