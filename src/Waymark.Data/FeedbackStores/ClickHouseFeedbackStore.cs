using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Data.FeedbackStores;

/// <summary>
/// Feedback in ClickHouse (Events:Store=ClickHouse keeps events, attributes and feedback there; ADR 056). As for events,
/// a workspace's appends are serialised by a lock in this process: the batch's ids are looked up in feedback_ids, new
/// items get the next sequence numbers and go in as one part, then their ids. After a failed write the next one reads
/// the highest sequence again and copies into feedback_ids the ids of any items stored beyond it. On a cluster the
/// tables are Distributed (ADR 062): the lookup asks every shard (GLOBAL IN) and an insert returns once stored.
/// </summary>
public sealed class ClickHouseFeedbackStore : IFeedbackStore, IDisposable
{
    private const string Columns =
        "seq, feedback_id, customer_id, ticks, step_id, activity, score_type, score, text, source, solicited, language, properties";

    private readonly ClickHouseOptions _options;
    private readonly ClickHouseHttp _http;
    private readonly SemaphoreSlim _setupGate = new(1, 1);
    private readonly SemaphoreSlim _deleteGate = new(1, 1);
    private readonly ConcurrentDictionary<string, SourceSequence> _workspaces = new(StringComparer.Ordinal);
    private volatile bool _ready;
    private string _insertSettings = "";

    public ClickHouseFeedbackStore(ClickHouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = new ClickHouseHttp(options);
        _options = options;
    }

    public async Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewFeedback> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new AppendResult(0, 0);
        }

        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var withIds = items.Select(f => (Id: FeedbackIds.Of(f), Item: f)).ToList();
        var sequence = _workspaces.GetOrAdd(workspaceId, _ => new SourceSequence());
        await sequence.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!sequence.Known)
            {
                sequence.Next = await RecoverAsync(workspaceId, ct).ConfigureAwait(false) + 1;
            }

            // Unknown until this write is known to have finished: a failed one may still have been stored.
            sequence.Known = false;
            var seen = (await _http.QueryWithValuesAsync(
                $"SELECT feedback_id FROM feedback_ids WHERE {Where(workspaceId)} AND feedback_id IN batch_ids",
                "batch_ids", withIds.Select(x => x.Id).Distinct(StringComparer.Ordinal), ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var (rows, ids, appended) = (new StringBuilder(), new StringBuilder(), 0);
            foreach (var (id, f) in withIds)
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                var seq = Number(sequence.Next + appended++);
                ClickHouseText.AppendRow(rows, workspaceId, seq, id, f.CustomerId, Number(f.UtcTicks), f.StepId, f.Activity, f.ScoreType,
                    f.Score?.ToString("R", CultureInfo.InvariantCulture), f.Text, f.Source, f.Solicited ? "1" : "0", f.Language, f.Properties);
                ClickHouseText.AppendRow(ids, workspaceId, id, seq);
            }

            if (appended > 0)
            {
                await _http.InsertAsync("feedback", "workspace_id, " + Columns, rows, appended, _insertSettings, ct).ConfigureAwait(false);
                await _http.InsertAsync("feedback_ids", "workspace_id, feedback_id, seq", ids, appended, _insertSettings, ct).ConfigureAwait(false);
            }

            sequence.Next += appended;
            sequence.Known = true;
            return new AppendResult(appended, items.Count - appended);
        }
        finally
        {
            sequence.Gate.Release();
        }
    }

    public async IAsyncEnumerable<StoredFeedback> ReadSinceAsync(string workspaceId, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var sql = $"SELECT {Columns} FROM feedback WHERE {Where(workspaceId)} AND seq > {Number(afterSequence)} ORDER BY seq{_options.SpillClause()}";
        await foreach (var row in _http.RowsAsync(sql, 13, ct).ConfigureAwait(false))
        {
            yield return Read(row);
        }
    }

    public async Task<long> LastSequenceAsync(string workspaceId, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        return await MaxSequenceAsync("feedback", workspaceId, ct).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(string workspaceId, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        return Long(await _http.ScalarAsync($"SELECT count() FROM feedback WHERE {Where(workspaceId)}", ct).ConfigureAwait(false));
    }

    public async Task<FeedbackTotals> TotalsAsync(string workspaceId, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var row = await FirstRowAsync(
            $"SELECT count(), uniqExact(customer_id), count(text), min(ticks), max(ticks) FROM feedback WHERE {Where(workspaceId)}", 5, ct)
            .ConfigureAwait(false);
        var items = Long(row[0]);
        var bySource = await CountsAsync($"SELECT source, count() FROM feedback WHERE {Where(workspaceId)} GROUP BY source", ct).ConfigureAwait(false);
        var byScoreType = await CountsAsync(
            $"SELECT ifNull(score_type, 'none') AS t, count() FROM feedback WHERE {Where(workspaceId)} GROUP BY t", ct).ConfigureAwait(false);

        // min and max of no rows are 0 in ClickHouse, not NULL: an empty workspace has no first or last time.
        return new FeedbackTotals(items, Long(row[1]), Long(row[2]), bySource, byScoreType,
            items == 0 ? null : Long(row[3]), items == 0 ? null : Long(row[4]));
    }

    public async Task<IReadOnlyList<StoredFeedback>> LatestAsync(string workspaceId, int limit, int offset, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        var sql = $"SELECT {Columns} FROM feedback WHERE {Where(workspaceId)} ORDER BY ticks DESC, seq DESC " +
            $"LIMIT {Number(Math.Max(0, offset))}, {Number(Math.Max(0, limit))}";
        var rows = new List<StoredFeedback>();
        await foreach (var row in _http.RowsAsync(sql, 13, ct).ConfigureAwait(false))
        {
            rows.Add(Read(row));
        }

        return rows;
    }

    /// <summary>Deletes the workspace's items and ids and waits until ClickHouse has (ADR 065), holding its append gate.</summary>
    public async Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default)
    {
        await EnsureReadyAsync(ct).ConfigureAwait(false);
        await _deleteGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var sequence = _workspaces.GetOrAdd(workspaceId, _ => new SourceSequence());
            await ClickHouseDeletion.HoldingAsync([sequence], () => ClickHouseDeletion.DeleteAsync(
                _http, _options, ["feedback", "feedback_ids"], Where(workspaceId), ct), ct).ConfigureAwait(false);
        }
        finally
        {
            _deleteGate.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _setupGate.Dispose();
        _deleteGate.Dispose();
    }

    private async Task EnsureReadyAsync(CancellationToken ct)
    {
        if (_ready)
        {
            return;
        }

        await _setupGate.WaitAsync(ct).ConfigureAwait(false);
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
            _setupGate.Release();
        }
    }

    /// <summary>The workspace's highest sequence, after copying into feedback_ids the ids of items stored beyond it.</summary>
    private async Task<long> RecoverAsync(string workspaceId, CancellationToken ct)
    {
        var last = await MaxSequenceAsync("feedback", workspaceId, ct).ConfigureAwait(false);
        var lastId = await MaxSequenceAsync("feedback_ids", workspaceId, ct).ConfigureAwait(false);
        if (last > lastId)
        {
            await _http.InsertSelectAsync($"""
                INSERT INTO feedback_ids (workspace_id, feedback_id, seq)
                SELECT workspace_id, feedback_id, seq FROM feedback WHERE {Where(workspaceId)} AND seq > {Number(lastId)}
                """, ct).ConfigureAwait(false);
        }

        return last;
    }

    private async Task<long> MaxSequenceAsync(string table, string workspaceId, CancellationToken ct) =>
        Long(await _http.ScalarAsync($"SELECT max(seq) FROM {table} WHERE {Where(workspaceId)}", ct).ConfigureAwait(false));

    private async Task<string?[]> FirstRowAsync(string sql, int columns, CancellationToken ct)
    {
        await foreach (var row in _http.RowsAsync(sql, columns, ct).ConfigureAwait(false))
        {
            return row;
        }

        throw new ClickHouseException($"no row from: {sql}");
    }

    private async Task<Dictionary<string, long>> CountsAsync(string sql, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in _http.RowsAsync(sql, 2, ct).ConfigureAwait(false))
        {
            counts[row[0]!] = Long(row[1]);
        }

        return counts;
    }

    private static StoredFeedback Read(string?[] r) => new(
        Long(r[0]), r[1]!, r[2], Long(r[3]), r[4], r[5], r[6], r[7] is null ? null : double.Parse(r[7]!, NumberStyles.Float, CultureInfo.InvariantCulture),
        r[8], r[9]!, r[10] == "1", r[11], r[12]);

    private static string Where(string workspaceId) => $"workspace_id = {ClickHouseText.Literal(workspaceId)}";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static long Long(string? value) => long.Parse(value ?? "0", CultureInfo.InvariantCulture);
}
