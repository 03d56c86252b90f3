using System.Data.Common;
using Microsoft.Data.Sqlite;
using Waymark.Data.EventStores;

namespace Waymark.Data.FeedbackStores;

/// <summary>
/// SQLite: one immediate transaction per batch and one prepared INSERT OR IGNORE per item (the unique (workspace,
/// feedback id) index turns repeats into no-ops). SQLite has one writer at a time, so sequences commit in order.
/// </summary>
public sealed class SqliteFeedbackStore(string connectionString) : RelationalFeedbackStore
{
    private const string Insert = """
        INSERT OR IGNORE INTO feedback (WorkspaceId, FeedbackId, CustomerId, Ticks, StepId, Activity, ScoreType, Score, Text, Source, Solicited, Language, Properties)
        VALUES ($w, $id, $c, $t, $st, $a, $sty, $sc, $tx, $so, $sol, $l, $p)
        """;

    public override async Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewFeedback> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = (SqliteConnection)await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        command.Parameters.AddWithValue("$w", workspaceId);
        var names = new[] { "$id", "$c", "$t", "$st", "$a", "$sty", "$sc", "$tx", "$so", "$sol", "$l", "$p" };
        var values = names.Select(n => command.Parameters.AddWithValue(n, DBNull.Value)).ToArray(); // typed by each value
        command.Prepare();
        var appended = 0;
        foreach (var f in items)
        {
            object?[] row = [FeedbackIds.Of(f), f.CustomerId, f.UtcTicks, f.StepId, f.Activity, f.ScoreType, f.Score, f.Text, f.Source, f.Solicited ? 1 : 0, f.Language, f.Properties];
            for (var i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i] ?? DBNull.Value;
            }

            appended += await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new AppendResult(appended, items.Count - appended);
    }

    /// <summary>Foreign keys on and the durability settings, like EF's connections.</summary>
    protected internal override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await SqliteDurability.OpenAsync(connectionString, ct).ConfigureAwait(false);
}
