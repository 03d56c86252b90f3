using Waymark.Analytics.Feedback;
using Waymark.Analytics.Text;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Feedback;
using Waymark.Server.Features.Topics;

namespace Waymark.Server.Caches;

/// <summary>
/// Each workspace's feedback in memory, brought up to date on each use by reading only the rows with a sequence
/// above the last one seen. New texts are analysed once (<see cref="FeedbackSnapshot.Extend"/>); the topic index is
/// rebuilt only when items arrived. Readers get an immutable <see cref="FeedbackSnapshot"/>, so a refresh never
/// changes what a running request sees. The snapshot's topic index carries the workspace's topic curation (renames,
/// merges, hidden topics: <see cref="TopicIndex.Curate"/>), read on each use and applied again only when it or the
/// feedback changed, so every view that shows topics shows them the same way.
/// </summary>
public sealed class FeedbackCache(IFeedbackStore store, IServiceScopeFactory scopes)
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

        return await CurateAsync(workspaceId, entry, ct).ConfigureAwait(false);
    }

    private async Task<FeedbackSnapshot> CurateAsync(string workspaceId, Entry entry, CancellationToken ct)
    {
        IReadOnlyList<TopicRule> rules;
        using (var scope = scopes.CreateScope())
        {
            rules = await TopicRules.ReadAsync(scope.ServiceProvider.GetRequiredService<Data.WaymarkDbContext>(), workspaceId, ct).ConfigureAwait(false);
        }

        var stamp = string.Join('\n', rules.Select(r => $"{r.Phrase}\t{r.Label}\t{r.MergedInto}\t{r.Hidden}"));
        if (!ReferenceEquals(entry.CuratedFrom, entry.Snapshot) || !string.Equals(entry.CuratedStamp, stamp, StringComparison.Ordinal))
        {
            entry.Curated = rules.Count == 0 ? entry.Snapshot : entry.Snapshot with { Topics = entry.Snapshot.Topics.Curate(rules) };
            entry.CuratedFrom = entry.Snapshot;
            entry.CuratedStamp = stamp;
        }

        return entry.Curated!;
    }

    private sealed class Entry
    {
        public long LastSequence { get; set; }

        public FeedbackSnapshot Snapshot { get; set; } = FeedbackSnapshot.Empty;

        public FeedbackSnapshot? CuratedFrom { get; set; }

        public string? CuratedStamp { get; set; }

        public FeedbackSnapshot? Curated { get; set; }
    }
}
