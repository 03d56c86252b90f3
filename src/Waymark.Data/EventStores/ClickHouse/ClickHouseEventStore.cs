using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// Events and customer attributes in ClickHouse over its HTTP interface (ADR 056). ClickHouse has no unique index,
/// no transactions and no auto-increment, so each source has one writer in this process (<see cref="ClickHouseEventWriter"/>):
/// concurrent appends are formatted by their callers and written in groups, one id lookup and one insert per table for
/// the group, each append with its own counts (ADR 067). One Waymark server must be the only writer of a source
/// (ADR 056 says why and what holds across two). On a cluster the same statements go to Distributed tables: the id
/// lookup and max(seq) ask every shard, and an insert returns once every shard has stored its rows (ADR 062).
/// </summary>
public sealed class ClickHouseEventStore : IEventStore, IDisposable
{
    private readonly ClickHouseOptions _options;
    private readonly ClickHouseHttp _http;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly SemaphoreSlim _deleteGate = new(1, 1);
    private readonly ConcurrentDictionary<EventSourceKey, ClickHouseEventWriter> _events = new();
    private readonly ConcurrentDictionary<EventSourceKey, SourceSequence> _attributes = new();
    private volatile bool _ready;
    private string _insertSettings = "";

    public ClickHouseEventStore(ClickHouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = new ClickHouseHttp(options);
        _options = options;
    }

    public async Task<AppendResult> AppendAsync(EventSourceKey source, IReadOnlyList<NewEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return new AppendResult(0, 0);
        }

        var batch = new ClickHouseEventBatch(source, events); // formatted here, in the caller's thread, not by the writer
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        return await Writer(source).AppendAsync(batch, ct).ConfigureAwait(false);
    }

    /// <summary>Groups of appends written so far, over every source (tests check that concurrent appends share them).</summary>
    internal long Groups => _events.Values.Sum(w => w.Groups);

    /// <summary>Ids of the source's last group that its id filter sent to ClickHouse's lookup.</summary>
    internal int LookedUp(EventSourceKey source) => _events.TryGetValue(source, out var writer) ? writer.LastLookedUp : 0;

    /// <summary>Appends waiting for their source's writer.</summary>
    internal int Waiting => _events.Values.Sum(w => w.Waiting);

    public async IAsyncEnumerable<StoredEvent> ReadSinceAsync(EventSourceKey source, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var sql = $"SELECT seq, customer_id, ticks, activity, channel, properties FROM events WHERE {Where(source)} AND seq > {Number(afterSequence)} ORDER BY seq{_options.SpillClause()}";
        await foreach (var row in _http.RowsAsync(sql, 6, ct).ConfigureAwait(false))
        {
            yield return new StoredEvent(Long(row[0]), row[1]!, Long(row[2]), row[3]!, row[4], row[5]);
        }
    }

    public async Task<int> SetAttributesAsync(EventSourceKey source, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var rows = EventRows.LastWins(attributes);
        if (rows.Count == 0)
        {
            return 0;
        }

        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var sequence = _attributes.GetOrAdd(source, _ => new SourceSequence());
        await sequence.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!sequence.Known)
            {
                sequence.Next = await MaxSequenceAsync("customer_attributes", source, ct).ConfigureAwait(false) + 1;
            }

            // Unknown until this write is known to have finished: a failed one may still have been stored.
            sequence.Known = false;
            var text = new StringBuilder();
            foreach (var a in rows)
            {
                ClickHouseText.AppendRow(text, source.WorkspaceId, source.SourceId, a.CustomerId, a.Key, a.Value, Number(sequence.Next));
            }

            await _http.InsertAsync("customer_attributes", "workspace_id, source_id, customer_id, key, value, seq", text, rows.Count, _insertSettings, ct)
                .ConfigureAwait(false);
            sequence.Next++;
            sequence.Known = true;
            return attributes.Count;
        }
        finally
        {
            sequence.Gate.Release();
        }
    }

    public async IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(EventSourceKey source, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);

        // The newest write of each (customer, key) above the sequence is its value now: any later write is above it too.
        var sql = $"""
            SELECT max(seq) AS last_seq, customer_id, key, argMax(value, seq) FROM customer_attributes
            WHERE {Where(source)} AND seq > {Number(afterSequence)} GROUP BY customer_id, key ORDER BY last_seq, customer_id, key{_options.SpillClause()}
            """;
        await foreach (var row in _http.RowsAsync(sql, 4, ct).ConfigureAwait(false))
        {
            yield return new StoredAttribute(Long(row[0]), row[1]!, row[2]!, row[3]!);
        }
    }

    public async IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(EventSourceKey source, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var sql = $"""
            SELECT customer_id, key, argMax(value, seq) FROM customer_attributes
            WHERE {Where(source)} GROUP BY customer_id, key ORDER BY customer_id, key{_options.SpillClause()}
            """;
        await foreach (var row in _http.RowsAsync(sql, 3, ct).ConfigureAwait(false))
        {
            yield return new CustomerAttribute(row[0]!, row[1]!, row[2]!);
        }
    }

    public async Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var sql = $"""
            SELECT activity, count() AS n, uniqExact(customer_id) FROM events
            WHERE {Where(source)} GROUP BY activity ORDER BY n DESC, activity
            """;
        var rows = new List<ActivityCount>();
        await foreach (var row in _http.RowsAsync(sql, 3, ct).ConfigureAwait(false))
        {
            rows.Add(new ActivityCount(row[0]!, Long(row[1]), Long(row[2])));
        }

        return rows;
    }

    public async Task<long> LastSequenceAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        return await Writer(source).LastSequenceAsync(ct).ConfigureAwait(false);
    }

    public async Task<bool> HasDataAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        foreach (var table in (string[])["events", "customer_attributes"])
        {
            if (await _http.ScalarAsync($"SELECT 1 FROM {table} WHERE {Where(source)} LIMIT 1", ct).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Deletes the workspace's rows from the three tables and waits until ClickHouse has (ADR 065). Deletes run one at a
    /// time; each holds the workspace's sources' append gates, so it never cuts an append in two.
    /// </summary>
    public async Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        await _deleteGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var sequences = _events.Select(w => KeyValuePair.Create(w.Key, w.Value.Sequence)).Concat(_attributes)
                .Where(s => s.Key.WorkspaceId == workspaceId).Select(s => s.Value).ToList();
            await ClickHouseDeletion.HoldingAsync(sequences, () => ClickHouseDeletion.DeleteAsync(
                _http, _options, ["events", "event_ids", "customer_attributes"], $"workspace_id = {ClickHouseText.Literal(workspaceId)}", ct), ct)
                .ConfigureAwait(false);
        }
        finally
        {
            _deleteGate.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _schemaGate.Dispose();
        _deleteGate.Dispose();
    }

    /// <summary>
    /// Creates or upgrades the schema (events and feedback) now rather than at the first read or write: the server does
    /// it at start, so that what queries the tables directly (pushdown) finds them. Idempotent.
    /// </summary>
    public Task PrepareAsync(CancellationToken ct = default) => EnsureReadyAsync(ct);

    /// <summary>Creates or upgrades the schema once per process (again after a failed try) and reads what the server supports.</summary>
    private async Task EnsureReadyAsync(CancellationToken ct)
    {
        if (_ready)
        {
            return;
        }

        await _schemaGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                _insertSettings = await ClickHouseSetup.PrepareAsync(_http, _options, ct).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private async Task<long> MaxSequenceAsync(string table, EventSourceKey source, CancellationToken ct) =>
        Long(await _http.ScalarAsync($"SELECT max(seq) FROM {table} WHERE {Where(source)}", ct).ConfigureAwait(false));

    private ClickHouseEventWriter Writer(EventSourceKey source) =>
        _events.GetOrAdd(source, key => new ClickHouseEventWriter(_http, key, () => _insertSettings, _options.GroupEvents));

    private static string Where(EventSourceKey source) => ClickHouseText.SourceFilter(source);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static long Long(string? value) => long.Parse(value ?? "0", CultureInfo.InvariantCulture);
}
