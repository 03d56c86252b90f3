using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Waymark.Data.EventStores;

/// <summary>
/// SQLite: one immediate transaction per batch and one prepared INSERT OR IGNORE run per row (SQLite's fastest
/// bulk path; the unique (workspace, event id) index turns repeats into no-ops). SQLite has one writer at a time,
/// so sequences commit in order and an incremental reader never skips a row.
/// </summary>
public sealed class SqliteEventStore(string connectionString) : IEventStore
{
    private const string Insert = """
        INSERT OR IGNORE INTO events (WorkspaceId, EventId, CustomerId, Ticks, Activity, Channel, Properties)
        VALUES ($w, $id, $c, $t, $a, $ch, $p)
        """;

    public async Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        command.Parameters.AddWithValue("$w", workspaceId);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var customer = command.Parameters.Add("$c", SqliteType.Text);
        var ticks = command.Parameters.Add("$t", SqliteType.Integer);
        var activity = command.Parameters.Add("$a", SqliteType.Text);
        var channel = command.Parameters.Add("$ch", SqliteType.Text);
        var properties = command.Parameters.Add("$p", SqliteType.Text);
        command.Prepare();
        var appended = 0;
        foreach (var e in events)
        {
            id.Value = (object?)e.EventId ?? DBNull.Value;
            customer.Value = e.CustomerId;
            ticks.Value = e.UtcTicks;
            activity.Value = e.Activity;
            channel.Value = (object?)e.Channel ?? DBNull.Value;
            properties.Value = (object?)e.Properties ?? DBNull.Value;
            appended += await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new AppendResult(appended, events.Count - appended);
    }

    public async IAsyncEnumerable<StoredEvent> ReadSinceAsync(string workspaceId, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ReadSinceSql;
        command.Parameters.AddWithValue("@w", workspaceId);
        command.Parameters.AddWithValue("@s", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return EventRows.Read(reader);
        }
    }

    public async Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(string workspaceId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ActivitiesSql;
        command.Parameters.AddWithValue("@w", workspaceId);
        return await EventRows.ReadActivitiesAsync(command, ct).ConfigureAwait(false);
    }

    public async Task<int> SetAttributesAsync(string workspaceId, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = EventRows.NextAttributeSequenceSql;
        command.Parameters.AddWithValue("@w", workspaceId);
        var sequence = (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        command.CommandText = """
            INSERT INTO customer_attributes (WorkspaceId, CustomerId, Key, Value, Sequence) VALUES (@w, $c, $k, $v, $s)
            ON CONFLICT (WorkspaceId, CustomerId, Key) DO UPDATE SET Value = excluded.Value, Sequence = excluded.Sequence
            """;
        command.Parameters.AddWithValue("$s", sequence);
        var customer = command.Parameters.Add("$c", SqliteType.Text);
        var key = command.Parameters.Add("$k", SqliteType.Text);
        var value = command.Parameters.Add("$v", SqliteType.Text);
        command.Prepare();
        foreach (var a in attributes)
        {
            (customer.Value, key.Value, value.Value) = (a.CustomerId, a.Key, a.Value);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return attributes.Count;
    }

    public async IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(string workspaceId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ReadAttributesSql;
        command.Parameters.AddWithValue("@w", workspaceId);
        await foreach (var a in EventRows.ReadAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    public async IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(string workspaceId, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ReadAttributesSinceSql;
        command.Parameters.AddWithValue("@w", workspaceId);
        command.Parameters.AddWithValue("@s", afterSequence);
        await foreach (var a in EventRows.ReadStoredAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    /// <summary>Foreign keys on and the durability settings, like EF's connections (internal for the tests).</summary>
    internal Task<SqliteConnection> OpenAsync(CancellationToken ct) => SqliteDurability.OpenAsync(connectionString, ct);
}
