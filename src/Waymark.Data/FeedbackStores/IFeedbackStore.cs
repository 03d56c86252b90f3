using Waymark.Data.EventStores;

namespace Waymark.Data.FeedbackStores;

/// <summary>
/// Where a workspace's feedback lives (SQLite or PostgreSQL, beside the events). Ingestion, uploads, the demo and
/// the map's feedback figures speak only to this.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>
    /// Stores the items in one transaction: when the task completes they are durable. An item whose id (given, or
    /// derived from its content when null) the workspace already has, or that repeats one earlier in the batch, is
    /// skipped and counted as a duplicate.
    /// </summary>
    public Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewFeedback> items, CancellationToken ct = default);

    /// <summary>The workspace's feedback with a sequence above <paramref name="afterSequence"/>, in sequence order.</summary>
    public IAsyncEnumerable<StoredFeedback> ReadSinceAsync(string workspaceId, long afterSequence, CancellationToken ct = default);

    /// <summary>The workspace's highest feedback sequence, 0 when it has none (a reader of what comes next starts after it).</summary>
    public Task<long> LastSequenceAsync(string workspaceId, CancellationToken ct = default);

    /// <summary>How many items the workspace has.</summary>
    public Task<long> CountAsync(string workspaceId, CancellationToken ct = default);

    /// <summary>The workspace's feedback counted by source and score type.</summary>
    public Task<FeedbackTotals> TotalsAsync(string workspaceId, CancellationToken ct = default);

    /// <summary>A page of the workspace's items, latest (by time, then by sequence) first.</summary>
    public Task<IReadOnlyList<StoredFeedback>> LatestAsync(string workspaceId, int limit, int offset, CancellationToken ct = default);

    /// <summary>
    /// Removes every item of the workspace and its ids. When the task completes no read returns them, and a workspace made
    /// again with the same id starts empty (an old feedback id counts as new).
    /// </summary>
    public Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default);
}
