namespace Waymark.Data.EventStores;

/// <summary>
/// Where a workspace's events live. SQLite and PostgreSQL implement it today, ClickHouse later; the server's log
/// cache and the ingestion API speak only to this.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Stores the events in one transaction: when the task completes they are durable. An event whose id the
    /// workspace already has (or that repeats an id earlier in the batch) is skipped and counted as a duplicate.
    /// </summary>
    public Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewEvent> events, CancellationToken ct = default);

    /// <summary>The workspace's events with a sequence above <paramref name="afterSequence"/>, in sequence order.</summary>
    public IAsyncEnumerable<StoredEvent> ReadSinceAsync(string workspaceId, long afterSequence, CancellationToken ct = default);

    /// <summary>Sets customer attributes in one transaction (last value wins); returns how many were given.</summary>
    public Task<int> SetAttributesAsync(string workspaceId, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default);

    /// <summary>
    /// Attributes set or changed by writes with a sequence above <paramref name="afterSequence"/>, in sequence order.
    /// Each write of attributes commits with one sequence, in order, so an incremental reader misses none.
    /// </summary>
    public IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(string workspaceId, long afterSequence, CancellationToken ct = default);

    /// <summary>Every attribute of the workspace's customers, by customer then key.</summary>
    public IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(string workspaceId, CancellationToken ct = default);

    /// <summary>Per activity: events and distinct customers, most events first.</summary>
    public Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(string workspaceId, CancellationToken ct = default);
}
