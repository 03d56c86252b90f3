using Npgsql;

namespace Waymark.Data.EventStores;

/// <summary>
/// The PostgreSQL append shared by events and feedback: create the per-connection temp table, COPY the batch into it
/// outside any lock, take the workspace's (for events: the source's) transaction-scoped advisory lock (so sequence numbers commit in order), move
/// the rows with one INSERT ... ON CONFLICT DO NOTHING and commit. Returns the appended and the repeated counts.
/// </summary>
internal static class PostgresStagedAppend
{
    public static async Task<AppendResult> RunAsync(
        NpgsqlDataSource dataSource, string workspaceId, string? sourceId, int count, string stageSql, Func<NpgsqlConnection, CancellationToken, Task> copy,
        string lockKeySql, string insertSql, CancellationToken ct)
    {
        if (count == 0)
        {
            return new AppendResult(0, 0);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var stage = new NpgsqlCommand(stageSql, connection, transaction))
        {
            await stage.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await copy(connection, ct).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock(hashtext({lockKeySql}))", connection, transaction))
        {
            AddKeys(lockCommand, workspaceId, sourceId);
            await lockCommand.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await using var command = new NpgsqlCommand(insertSql, connection, transaction);
        AddKeys(command, workspaceId, sourceId);
        var appended = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new AppendResult(appended, count - appended);
    }

    /// <summary>The workspace (@w) and, for events, the source (@src) that the lock key and the insert name.</summary>
    private static void AddKeys(NpgsqlCommand command, string workspaceId, string? sourceId)
    {
        command.Parameters.AddWithValue("w", workspaceId);
        if (sourceId is not null)
        {
            command.Parameters.AddWithValue("src", sourceId);
        }
    }
}
