using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Waymark.Data.EventStores;

/// <summary>
/// PostgreSQL: a batch is binary-COPYed into a per-connection temp table (no index, the fastest way in), then moved
/// into events with one INSERT ... SELECT ... ON CONFLICT DO NOTHING (repeats skipped by the unique (workspace, event
/// id) index). The copy happens before the workspace's transaction-scoped advisory lock is taken, so connections
/// stage in parallel and only the move is serialised; the lock makes a workspace's sequence numbers commit in order,
/// so an incremental reader (sequence &gt; last seen) can never pass over a row that commits later. Measured in
/// bench/evidence: about twice the rate of sending the batch as unnest(arrays).
/// </summary>
public sealed class PostgresEventStore(string connectionString) : IEventStore, IDisposable
{
    // Per connection, emptied at each commit: a batch is copied here before the workspace lock is taken.
    private const string Stage = """
        CREATE TEMP TABLE IF NOT EXISTS ingest_stage (
            n integer, id text, c text, t bigint, a text, ch text, p text) ON COMMIT DELETE ROWS
        """;

    private const string Insert = """
        INSERT INTO events ("WorkspaceId", "EventId", "CustomerId", "Ticks", "Activity", "Channel", "Properties")
        SELECT @w, e.id, e.c, e.t, e.a, e.ch, e.p
        FROM ingest_stage e
        ORDER BY e.n
        ON CONFLICT DO NOTHING
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return await PostgresStagedAppend.RunAsync(_dataSource, workspaceId, events.Count, Stage,
            (connection, token) => CopyToStageAsync(connection, events, token), "@w", Insert, ct).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<StoredEvent> ReadSinceAsync(string workspaceId, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ReadSinceSql, connection);
        command.Parameters.AddWithValue("w", workspaceId);
        command.Parameters.AddWithValue("s", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return EventRows.Read(reader);
        }
    }

    public async Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(string workspaceId, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ActivitiesSql, connection);
        command.Parameters.AddWithValue("w", workspaceId);
        return await EventRows.ReadActivitiesAsync(command, ct).ConfigureAwait(false);
    }

    public async Task<int> SetAttributesAsync(string workspaceId, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var rows = EventRows.LastWins(attributes);
        if (rows.Count == 0)
        {
            return 0;
        }

        // A per-workspace lock (apart from the events' one) makes attribute writes commit in sequence order.
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@w || ':attributes'))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("w", workspaceId);
            await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using var command = new NpgsqlCommand($"""
            INSERT INTO customer_attributes ("WorkspaceId", "CustomerId", "Key", "Value", "Sequence")
            SELECT @w, a.c, a.k, a.v, ({EventRows.NextAttributeSequenceSql}) FROM unnest(@c, @k, @v) AS a(c, k, v)
            ON CONFLICT ("WorkspaceId", "CustomerId", "Key") DO UPDATE SET "Value" = excluded."Value", "Sequence" = excluded."Sequence"
            """, connection, transaction);
        command.Parameters.AddWithValue("w", workspaceId);
        command.Parameters.Add(new NpgsqlParameter("c", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(a => a.CustomerId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(a => a.Key).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("v", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(a => a.Value).ToArray() });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return attributes.Count;
    }

    public async IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(string workspaceId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ReadAttributesSql, connection);
        command.Parameters.AddWithValue("w", workspaceId);
        await foreach (var a in EventRows.ReadAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    public async IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(string workspaceId, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ReadAttributesSinceSql, connection);
        command.Parameters.AddWithValue("w", workspaceId);
        command.Parameters.AddWithValue("s", afterSequence);
        await foreach (var a in EventRows.ReadStoredAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    public void Dispose() => _dataSource.Dispose();

    /// <summary>Binary COPY of the batch into the connection's stage table (no index: the fastest way in).</summary>
    private static async Task CopyToStageAsync(NpgsqlConnection connection, IReadOnlyList<NewEvent> events, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY ingest_stage (n, id, c, t, a, ch, p) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            await writer.StartRowAsync(ct).ConfigureAwait(false);
            await writer.WriteAsync(i, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await WriteTextAsync(writer, e.EventId, ct).ConfigureAwait(false);
            await writer.WriteAsync(e.CustomerId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await writer.WriteAsync(e.UtcTicks, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await writer.WriteAsync(e.Activity, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteTextAsync(writer, e.Channel, ct).ConfigureAwait(false);
            await WriteTextAsync(writer, e.Properties, ct).ConfigureAwait(false);
        }

        await writer.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) => value is null
        ? writer.WriteNullAsync(ct)
        : writer.WriteAsync(value, NpgsqlDbType.Text, ct);
}
