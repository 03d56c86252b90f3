using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Waymark.Data.EventStores;

/// <summary>
/// SQLite: appends are group-committed (<see cref="GroupCommit{TBatch}"/>): the batches of concurrent requests
/// share one immediate transaction and one fsync, with one prepared INSERT OR IGNORE run per row (SQLite's fastest
/// bulk path; the unique (workspace, event id) index turns repeats into no-ops, also between batches of one group).
/// SQLite has one writer at a time, so sequences commit in order and an incremental reader never skips a row.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IEventStoreFingerprint
{
    /// <summary>Events one group commit takes at most (a single larger batch still goes alone).</summary>
    public const int MaxGroupEvents = 20_000;

    private const string Insert = """
        INSERT OR IGNORE INTO events (WorkspaceId, SourceId, EventId, CustomerId, Ticks, Activity, Channel, Properties)
        VALUES ($w, $src, $id, $c, $t, $a, $ch, $p)
        """;

    private readonly string _connectionString;
    private readonly GroupCommit<(EventSourceKey Source, IReadOnlyList<NewEvent> Events)> _groups;

    public SqliteEventStore(string connectionString, int maxGroupEvents = MaxGroupEvents)
    {
        _connectionString = connectionString;
        var gate = SqliteWriteGate.For(connectionString);
        _groups = new(CommitAsync, b => b.Events.Count, maxGroupEvents, () => gate.EnterAsync(CancellationToken.None));
    }

    /// <summary>Group transactions committed so far (tests check that concurrent appends share them).</summary>
    internal long Commits => _groups.Commits;

    /// <summary>Appends queued for the group writer so far, taken or not.</summary>
    internal long Queued => _groups.Queued;

    /// <summary>Appends waiting for the group writer.</summary>
    internal int Waiting => _groups.Waiting;

    public Task<AppendResult> AppendAsync(EventSourceKey source, IReadOnlyList<NewEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Count == 0 ? Task.FromResult(new AppendResult(0, 0)) : _groups.AppendAsync((source, events), ct);
    }

    /// <summary>A group in one immediate transaction and one commit (the writer's own token, not a caller's).</summary>
    private async Task<AppendResult[]> CommitAsync(IReadOnlyList<(EventSourceKey Source, IReadOnlyList<NewEvent> Events)> group)
    {
        await using var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        var results = await WriteAsync(transaction, group).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return results;
    }

    /// <summary>Every batch of a group in the group's transaction, in arrival order; each batch's own counts.</summary>
    private static async Task<AppendResult[]> WriteAsync(SqliteTransaction transaction, IReadOnlyList<(EventSourceKey Source, IReadOnlyList<NewEvent> Events)> batches)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        var workspace = command.Parameters.Add("$w", SqliteType.Text);
        var sourceId = command.Parameters.Add("$src", SqliteType.Text);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var customer = command.Parameters.Add("$c", SqliteType.Text);
        var ticks = command.Parameters.Add("$t", SqliteType.Integer);
        var activity = command.Parameters.Add("$a", SqliteType.Text);
        var channel = command.Parameters.Add("$ch", SqliteType.Text);
        var properties = command.Parameters.Add("$p", SqliteType.Text);
        command.Prepare();
        var results = new AppendResult[batches.Count];
        for (var b = 0; b < batches.Count; b++)
        {
            var (source, events) = batches[b];
            (workspace.Value, sourceId.Value) = (source.WorkspaceId, source.SourceId);
            var appended = 0;
            foreach (var e in events)
            {
                id.Value = (object?)e.EventId ?? DBNull.Value;
                customer.Value = e.CustomerId;
                ticks.Value = e.UtcTicks;
                activity.Value = e.Activity;
                channel.Value = (object?)e.Channel ?? DBNull.Value;
                properties.Value = (object?)e.Properties ?? DBNull.Value;
                appended += await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }

            results[b] = new AppendResult(appended, events.Count - appended);
        }

        return results;
    }

    public async IAsyncEnumerable<StoredEvent> ReadSinceAsync(EventSourceKey source, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ReadSinceSql;
        EventRows.AddSource(command, source);
        command.Parameters.AddWithValue("@s", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return EventRows.Read(reader);
        }
    }

    public async Task<IReadOnlyList<ActivityCount>> ActivitiesAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ActivitiesSql;
        EventRows.AddSource(command, source);
        return await EventRows.ReadActivitiesAsync(command, ct).ConfigureAwait(false);
    }

    public async Task<long> LastSequenceAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.LastSequenceSql;
        EventRows.AddSource(command, source);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> HasDataAsync(EventSourceKey source, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.HasDataSql;
        EventRows.AddSource(command, source);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    public async Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.DeleteWorkspaceSql;
        EventRows.Add(command, "@w", workspaceId);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<int> SetAttributesAsync(EventSourceKey source, IReadOnlyList<CustomerAttribute> attributes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = EventRows.NextAttributeSequenceSql;
        EventRows.AddSource(command, source);
        var sequence = (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        command.CommandText = """
            INSERT INTO customer_attributes (WorkspaceId, SourceId, CustomerId, Key, Value, Sequence) VALUES (@w, @src, $c, $k, $v, $s)
            ON CONFLICT (WorkspaceId, SourceId, CustomerId, Key) DO UPDATE SET Value = excluded.Value, Sequence = excluded.Sequence
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

    public async IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(EventSourceKey source, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ReadAttributesSql;
        EventRows.AddSource(command, source);
        await foreach (var a in EventRows.ReadAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    public async IAsyncEnumerable<StoredAttribute> ReadAttributesSinceAsync(EventSourceKey source, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = EventRows.ReadAttributesSinceSql;
        EventRows.AddSource(command, source);
        command.Parameters.AddWithValue("@s", afterSequence);
        await foreach (var a in EventRows.ReadStoredAttributesAsync(command, ct).ConfigureAwait(false))
        {
            yield return a;
        }
    }

    public async Task<string?> FingerprintAsync(EventSourceKey source, long lastSequence, long lastAttributeSequence, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        return await EventFingerprints.ComputeAsync(connection, "sqlite", source, lastSequence, lastAttributeSequence, ct).ConfigureAwait(false);
    }

    /// <summary>Foreign keys on and the durability settings, like EF's connections (internal for the tests).</summary>
    internal Task<SqliteConnection> OpenAsync(CancellationToken ct) => SqliteDurability.OpenAsync(_connectionString, ct);
}
