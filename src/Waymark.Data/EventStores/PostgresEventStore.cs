using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Waymark.Data.EventStores;

/// <summary>
/// PostgreSQL: a batch is one INSERT ... SELECT FROM unnest(arrays) (one round trip, any size). A transaction-scoped
/// advisory lock per workspace serialises appends to one workspace, so its sequence numbers commit in order and an
/// incremental reader (sequence &gt; last seen) can never pass over a row that commits later. The same lock means
/// no other append to the workspace runs meanwhile, so repeats are skipped by a plain NOT EXISTS probe of the
/// unique (workspace, event id) index (repeats inside the batch are dropped here first) instead of ON CONFLICT's
/// speculative insertion, which costs more per row; the unique index still guards against any mistake.
/// </summary>
public sealed class PostgresEventStore(string connectionString) : IEventStore, IDisposable
{
    private const string Insert = """
        INSERT INTO events ("WorkspaceId", "EventId", "CustomerId", "Ticks", "Activity", "Channel", "Properties")
        SELECT @w, e.id, e.c, e.t, e.a, e.ch, e.p
        FROM unnest(@id, @c, @t, @a, @ch, @p) WITH ORDINALITY AS e(id, c, t, a, ch, p, n)
        WHERE e.id IS NULL
           OR NOT EXISTS (SELECT 1 FROM events x WHERE x."WorkspaceId" = @w AND x."EventId" = e.id)
        ORDER BY e.n
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return new AppendResult(0, 0);
        }

        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@w))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("w", workspaceId);
            await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        var unique = FirstOfEachId(events);
        await using var command = new NpgsqlCommand(Insert, connection, transaction);
        command.Parameters.AddWithValue("w", workspaceId);
        AddArray(command, "id", unique, e => e.EventId);
        AddArray(command, "c", unique, e => e.CustomerId);
        command.Parameters.Add(new NpgsqlParameter("t", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = unique.Select(e => e.UtcTicks).ToArray() });
        AddArray(command, "a", unique, e => e.Activity);
        AddArray(command, "ch", unique, e => e.Channel);
        AddArray(command, "p", unique, e => e.Properties);
        var appended = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new AppendResult(appended, events.Count - appended);
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

    /// <summary>The batch without later repeats of an id (events without an id are all kept), in order.</summary>
    private static IReadOnlyList<NewEvent> FirstOfEachId(IReadOnlyList<NewEvent> events)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<NewEvent>? kept = null;
        for (var i = 0; i < events.Count; i++)
        {
            var id = events[i].EventId;
            if (id is null || seen.Add(id))
            {
                kept?.Add(events[i]);
            }
            else
            {
                kept ??= [.. events.Take(i)];
            }
        }

        return kept ?? events;
    }

    private static void AddArray(NpgsqlCommand command, string name, IReadOnlyList<NewEvent> events, Func<NewEvent, string?> pick)
    {
        var values = new string?[events.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = pick(events[i]);
        }

        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values });
    }
}
