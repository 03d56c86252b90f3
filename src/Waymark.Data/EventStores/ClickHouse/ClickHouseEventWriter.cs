using System.Buffers;
using System.Globalization;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// The one writer of a source's events in this process (ADR 056, group commit ADR 067). Concurrent appends queue in a
/// <see cref="GroupCommit{TBatch}"/>; each group is written with one id lookup in event_ids (the ids of the group that
/// the source's <see cref="EventIdFilter"/> may hold; the others were never stored),
/// the next sequence numbers in arrival order (a repeat, stored or earlier in the group, is skipped and counted by its
/// batch), one insert of the events (one part: all or nothing, visible at once) and one of their ids. The next number
/// is read as max(seq)+1 at the first write and again after any failed one; that re-read also copies into event_ids
/// the ids of events stored beyond its highest seq, so a write that stopped between its two inserts still has its ids
/// counted as repeats.
/// </summary>
internal sealed class ClickHouseEventWriter
{
    private const string EventColumns = "seq, workspace_id, source_id, customer_id, ticks, activity, channel, properties, event_id";
    private const string IdColumns = "seq, workspace_id, source_id, event_id";
    private readonly ClickHouseHttp _http;
    private readonly EventSourceKey _source;
    private readonly Func<string> _insertSettings;
    private readonly GroupCommit<ClickHouseEventBatch> _groups;
    private EventIdFilter _filter = new();

    public ClickHouseEventWriter(ClickHouseHttp http, EventSourceKey source, Func<string> insertSettings, int maxGroupEvents)
    {
        (_http, _source, _insertSettings) = (http, source, insertSettings);
        _groups = new(WriteAsync, b => b.Events.Count, maxGroupEvents);
    }

    /// <summary>Groups written so far (tests check that concurrent appends share them).</summary>
    public long Groups => _groups.Commits;

    /// <summary>Ids of the last group that the filter let through to ClickHouse's lookup (tests check it is not all).</summary>
    public int LastLookedUp { get; private set; }

    /// <summary>
    /// The writer's turn and next sequence: a group is written holding its gate, and a workspace's delete holds it too
    /// (ADR 065), leaving it unknown so the next write reads the sequence and the stored ids again.
    /// </summary>
    public SourceSequence Sequence { get; } = new();

    /// <summary>Appends waiting for the writer.</summary>
    public int Waiting => _groups.Waiting;

    public Task<AppendResult> AppendAsync(ClickHouseEventBatch batch, CancellationToken ct) => _groups.AppendAsync(batch, ct);

    /// <summary>The source's highest event sequence (0 when it has none).</summary>
    public Task<long> LastSequenceAsync(CancellationToken ct) => MaxSequenceAsync("events", ct);

    private async Task<AppendResult[]> WriteAsync(IReadOnlyList<ClickHouseEventBatch> group)
    {
        await Sequence.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return await WriteHoldingAsync(group).ConfigureAwait(false);
        }
        finally
        {
            Sequence.Gate.Release();
        }
    }

    private async Task<AppendResult[]> WriteHoldingAsync(IReadOnlyList<ClickHouseEventBatch> group)
    {
        var ct = CancellationToken.None; // a taken group is written whatever its callers do
        if (!Sequence.Known)
        {
            Sequence.Next = await RecoverAsync(ct).ConfigureAwait(false) + 1;
        }

        // Unknown until this write is known to have finished: a failed one may still have been stored.
        Sequence.Known = false;
        var seen = await StoredIdsAsync(group, ct).ConfigureAwait(false);
        var (rows, ids) = (new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>());
        var (results, appended, idCount, added) = (new AppendResult[group.Count], 0, 0, new List<string>());
        for (var b = 0; b < group.Count; b++)
        {
            var (batch, before) = (group[b], appended);
            for (var i = 0; i < batch.Events.Count; i++)
            {
                var id = batch.Events[i].EventId;
                if (id is not null && !seen.Add(id))
                {
                    continue;
                }

                var seq = Sequence.Next + appended++;
                Numbered(rows, seq).Write(batch.Row(i));
                if (id is not null)
                {
                    var row = batch.Row(i);
                    Numbered(ids, seq).Write(row[..batch.KeyLength]);
                    ids.Write(batch.Id(i));
                    added.Add(id);
                    idCount++;
                }
            }

            results[b] = new AppendResult(appended - before, batch.Events.Count - (appended - before));
        }

        if (appended > 0)
        {
            await _http.InsertAsync("events", EventColumns, rows.WrittenMemory, appended, _insertSettings(), ct).ConfigureAwait(false);
            Sequence.Next += appended;
            added.ForEach(_filter.Add); // stored: from now on a repeat of these is looked up
            if (idCount > 0 && !await TryInsertIdsAsync(ids, idCount, ct).ConfigureAwait(false))
            {
                return results; // the events are stored; the next write copies their ids first (Known stays false)
            }
        }

        Sequence.Known = true;
        return results;
    }

    /// <summary>
    /// Inserts the ids of events already stored. When that fails the events still stand (their 2xx is due), and the
    /// next write's re-read copies their ids from the events table before it looks up any id.
    /// </summary>
    private async Task<bool> TryInsertIdsAsync(ArrayBufferWriter<byte> ids, int count, CancellationToken ct)
    {
        try
        {
            await _http.InsertAsync("event_ids", IdColumns, ids.WrittenMemory, count, _insertSettings(), ct).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ClickHouseException or HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>
    /// The source's highest event sequence, after copying into event_ids the ids of any events stored beyond it (a
    /// write that stopped between its two inserts): from then on those ids count as repeats. The id filter is built
    /// again from event_ids then, so it holds every stored id whatever a failed write left.
    /// </summary>
    private async Task<long> RecoverAsync(CancellationToken ct)
    {
        var last = await MaxSequenceAsync("events", ct).ConfigureAwait(false);
        var lastId = await MaxSequenceAsync("event_ids", ct).ConfigureAwait(false);
        if (last > lastId)
        {
            await _http.InsertSelectAsync($"""
                INSERT INTO event_ids (workspace_id, source_id, event_id, seq)
                SELECT workspace_id, source_id, assumeNotNull(event_id), seq FROM events
                WHERE {ClickHouseText.SourceFilter(_source)} AND seq > {Number(lastId)} AND event_id IS NOT NULL
                """, ct).ConfigureAwait(false);
        }

        var filter = new EventIdFilter();
        await foreach (var row in _http.RowsAsync($"SELECT event_id FROM event_ids WHERE {ClickHouseText.SourceFilter(_source)}", 1, ct).ConfigureAwait(false))
        {
            filter.Add(row[0]!);
        }

        _filter = filter;
        return last;
    }

    private async Task<long> MaxSequenceAsync(string table, CancellationToken ct) => long.Parse(
        await _http.ScalarAsync($"SELECT max(seq) FROM {table} WHERE {ClickHouseText.SourceFilter(_source)}", ct).ConfigureAwait(false) ?? "0",
        CultureInfo.InvariantCulture);

    /// <summary>
    /// The group's ids that the source already holds: those the filter may hold are looked up by event_ids' primary key,
    /// sent beside the query as external data and named as a table (`IN batch_ids`: on a cluster the external tables go
    /// to every shard with the query). Not `IN (SELECT value FROM batch_ids)` nor `GLOBAL IN`: 18.16 reads the whole
    /// table for those, every group (ADR 078). The others were never stored.
    /// </summary>
    private async Task<HashSet<string>> StoredIdsAsync(IReadOnlyList<ClickHouseEventBatch> group, CancellationToken ct)
    {
        var values = new ArrayBufferWriter<byte>();
        var count = 0;
        foreach (var batch in group)
        {
            for (var i = 0; i < batch.Events.Count; i++)
            {
                if (batch.Events[i].EventId is { } id && _filter.MayContain(id))
                {
                    values.Write(batch.Id(i));
                    count++;
                }
            }
        }

        var seen = new HashSet<string>(group.Sum(b => b.Events.Count), StringComparer.Ordinal);
        LastLookedUp = count;
        if (count > 0)
        {
            var sql = $"SELECT event_id FROM event_ids WHERE {ClickHouseText.SourceFilter(_source)} AND event_id IN batch_ids";
            seen.UnionWith(await _http.QueryWithValuesAsync(sql, "batch_ids", values.WrittenMemory, ct).ConfigureAwait(false));
        }

        return seen;
    }

    private static ArrayBufferWriter<byte> Numbered(ArrayBufferWriter<byte> buffer, long seq)
    {
        ClickHouseText.AppendNumber(buffer, seq);
        buffer.Write("\t"u8);
        return buffer;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
