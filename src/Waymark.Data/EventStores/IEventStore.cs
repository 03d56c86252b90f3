namespace Waymark.Data.EventStores;

/// <summary>
/// Where a workspace's events live, per event source. SQLite and PostgreSQL implement it today, ClickHouse later; the server's log
/// cache and the ingestion API speak only to this.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Stores the events in one transaction: when the task completes they are durable. An event whose id the
    /// source already has (or that repeats an id earlier in the batch) is skipped and counted as a duplicate.
    /// </summary>
    public Task<AppendResult> AppendAsync(EventSourceKey source, IReadOnlyList<NewEvent> events, CancellationToken ct = default);

    /// <summary>The source's events with a sequence above <paramref name="afterSequence"/>, in sequence order.</summary>
    public IAsyncEnumerable<StoredEvent> ReadSinceAsync(EventSourceKey source, long afterSequence, CancellationToken ct = default);

    /// <summary>Sets customer attributes in one transaction (last value wins); returns how many were given.</summary>
    public Task<int> SetAttributesAsync(EventSourceKey source, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default);

    /// <summary>
    /// Attributes set or changed by writes with a sequence above <paramref name="afterSequence"/>, in sequence order.
    /// Each write of attributes commits with one sequence, in order, so an incremental reader misses none.
    /// </summary>
    public IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(EventSourceKey source, long afterSequence, CancellationToken ct = default);

    /// <summary>Every attribute of the source's customers, by customer then key.</summary>
    public IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(EventSourceKey source, CancellationToken ct = default);

    /// <summary>Per activity: events and distinct customers, most events first.</summary>
    public Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(EventSourceKey source, CancellationToken ct = default);

    /// <summary>
    /// The source's highest event sequence, 0 when it has none: a reader that wants only what is stored from now on
    /// (a rule switched on) reads after it.
    /// </summary>
    public Task<long> LastSequenceAsync(EventSourceKey source, CancellationToken ct = default);

    /// <summary>Whether the source holds any event or customer attribute (only an empty source may be deleted).</summary>
    public Task<bool> HasDataAsync(EventSourceKey source, CancellationToken ct = default);

    /// <summary>
    /// Removes every event, event id and customer attribute of the workspace, in all its sources. When the task completes
    /// no read returns them, and a workspace made again with the same id starts empty (an old event id counts as new).
    /// </summary>
    public Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default);
}
