using System.Collections.Concurrent;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Text;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Feedback;

namespace Waymark.Server.Features.MapFeedback;

/// <summary>
/// Each workspace's feedback in memory, brought up to date on each use by reading only the rows with a sequence
/// above the last one seen. New texts are analysed once, here; the topic index is rebuilt only when items arrived.
/// Readers get an immutable <see cref="FeedbackSnapshot"/>, so a refresh never changes what a running request sees.
/// </summary>
public sealed class FeedbackCache(IFeedbackStore store)
{
    private readonly ConcurrentDictionary<string, Entry> _workspaces = new(StringComparer.Ordinal);

    private long _rowsRead;

    /// <summary>Rows read from the store since start, over all workspaces (tests use it to prove refreshes are incremental).</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>The workspace's feedback including every item committed before the call.</summary>
    public async Task<FeedbackSnapshot> GetAsync(string workspaceId, CancellationToken ct)
    {
        var entry = _workspaces.GetOrAdd(workspaceId, _ => new Entry());
        await entry.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
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
                entry.Snapshot = Extend(entry.Snapshot, items);
                entry.LastSequence = last;
            }

            return entry.Snapshot;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets a workspace (deleted): its next use reads from the start.</summary>
    public void Forget(string workspaceId) => _workspaces.TryRemove(workspaceId, out _);

    private static FeedbackSnapshot Extend(FeedbackSnapshot old, List<FeedbackItem> added)
    {
        var items = new List<FeedbackItem>(old.Items.Count + added.Count);
        items.AddRange(old.Items);
        items.AddRange(added);
        var analyses = new TextAnalysis[items.Count];
        for (var i = 0; i < old.Analyses.Count; i++)
        {
            analyses[i] = old.Analyses[i];
        }

        Parallel.For(old.Items.Count, items.Count, i => analyses[i] = TextAnalyzer.Default.Analyze(items[i].Text));
        return new FeedbackSnapshot(items, analyses, TopicIndex.Build([.. items.Select(i => i.Text)]));
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long LastSequence { get; set; }

        public FeedbackSnapshot Snapshot { get; set; } = FeedbackSnapshot.Empty;
    }
}
