using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Waymark.Data.EventStores;

/// <summary>
/// PostgreSQL: a batch is binary-COPYed into a per-connection temp table (no index, the fastest way in), then moved
/// into events with one INSERT ... SELECT ... ON CONFLICT DO NOTHING (repeats skipped by the unique (workspace, source,
/// event id) index). The copy happens before the source's transaction-scoped advisory lock is taken, so connections
/// stage in parallel and only the move is serialised; the lock makes a source's sequence numbers commit in order,
/// so an incremental reader (sequence &gt; last seen) can never pass over a row that commits later. Measured in
/// bench/evidence: about twice the rate of sending the batch as unnest(arrays).
/// </summary>
public sealed class PostgresEventStore(string connectionString) : IEventStore, IEventStoreFingerprint, IDisposable
{
    // Per connection, emptied at each commit: a batch is copied here before the workspace lock is taken.
    private const string Stage = """
        CREATE TEMP TABLE IF NOT EXISTS ingest_stage (
            n integer, id text, c text, t bigint, a text, ch text, p text) ON COMMIT DELETE ROWS
        """;

    private const string Insert = """
        INSERT INTO events ("WorkspaceId", "SourceId", "EventId", "CustomerId", "Ticks", "Activity", "Channel", "Properties")
        SELECT @w, @src, e.id, e.c, e.t, e.a, e.ch, e.p
        FROM ingest_stage e
        ORDER BY e.n
        ON CONFLICT DO NOTHING
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<AppendResult> AppendAsync(EventSourceKey source, IReadOnlyList<NewEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return await PostgresStagedAppend.RunAsync(_dataSource, source.WorkspaceId, source.SourceId, events.Count, Stage,
            (connection, token) => CopyToStageAsync(connection, events, token), "@w || ':' || @src", Insert, ct).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<StoredEvent> ReadSinceAsync(EventSourceKey source, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ReadSinceSql, connection);
        EventRows.AddSource(command, source);
        command.Parameters.AddWithValue("s", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return EventRows.Read(reader);
        }
    }

    public async Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ActivitiesSql, connection);
        EventRows.AddSource(command, source);
        return await EventRows.ReadActivitiesAsync(command, ct).ConfigureAwait(false);
    }

    public async Task<long> LastSequenceAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.LastSequenceSql, connection);
        EventRows.AddSource(command, source);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> HasDataAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.HasDataSql, connection);
        EventRows.AddSource(command, source);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    public async Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.DeleteWorkspaceSql, connection);
        EventRows.Add(command, "@w", workspaceId);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<string?> FingerprintAsync(EventSourceKey source, long lastSequence, long lastAttributeSequence, CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        return await EventFingerprints.ComputeAsync(connection, "postgres", source, lastSequence, lastAttributeSequence, ct).ConfigureAwait(false);
    }

    public async Task<int> SetAttributesAsync(EventSourceKey source, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var rows = EventRows.LastWins(attributes);
        if (rows.Count == 0)
        {
            return 0;
        }

        // A per-source lock (apart from the events' one) makes attribute writes commit in sequence order.
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@w || ':' || @src || ':attributes'))", connection, transaction))
        {
            EventRows.AddSource(lockCommand, source);
            await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using var command = new NpgsqlCommand($"""
            INSERT INTO customer_attributes ("WorkspaceId", "SourceId", "CustomerId", "Key", "Value", "Sequence")
            SELECT @w, @src, a.c, a.k, a.v, ({EventRows.NextAttributeSequenceSql}) FROM unnest(@c, @k, @v) AS a(c, k, v)
            ON CONFLICT ("WorkspaceId", "SourceId", "CustomerId", "Key") DO UPDATE SET "Value" = excluded."Value", "Sequence" = excluded."Sequence"
            """, connection, transaction);
        EventRows.AddSource(command, source);
        command.Parameters.Add(new NpgsqlParameter("c", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(a => a.CustomerId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("k", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(a => a.Key).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("v", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(a => a.Value).ToArray() });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return attributes.Count;
    }

    public async IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(EventSourceKey source, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ReadAttributesSql, connection);
        EventRows.AddSource(command, source);
        await foreach (var a in EventRows.ReadAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    public async IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(EventSourceKey source, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(EventRows.ReadAttributesSinceSql, connection);
        EventRows.AddSource(command, source);
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
