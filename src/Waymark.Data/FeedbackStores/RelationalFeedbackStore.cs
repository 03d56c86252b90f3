using System.Data.Common;
using System.Runtime.CompilerServices;
using Waymark.Data.EventStores;

namespace Waymark.Data.FeedbackStores;

/// <summary>
/// The reads both relational stores share (quoted names: PostgreSQL keeps their case); each provider says only how
/// it connects and how it appends.
/// </summary>
public abstract class RelationalFeedbackStore : IFeedbackStore
{
    private const string Columns = """
        "Sequence", "FeedbackId", "CustomerId", "Ticks", "StepId", "Activity", "ScoreType", "Score", "Text", "Source", "Solicited", "Language", "Properties"
        """;

    public abstract Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewFeedback> items, CancellationToken ct = default);

    public async IAsyncEnumerable<StoredFeedback> ReadSinceAsync(string workspaceId, long afterSequence, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {Columns} FROM feedback WHERE "WorkspaceId" = @w AND "Sequence" > @s ORDER BY "Sequence"
            """, workspaceId, ("@s", afterSequence));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return Read(reader);
        }
    }

    public Task<long> LastSequenceAsync(string workspaceId, CancellationToken ct = default) =>
        ScalarAsync("""SELECT COALESCE(MAX("Sequence"), 0) FROM feedback WHERE "WorkspaceId" = @w""", workspaceId, ct);

    public Task<long> CountAsync(string workspaceId, CancellationToken ct = default) =>
        ScalarAsync("""SELECT COUNT(*) FROM feedback WHERE "WorkspaceId" = @w""", workspaceId, ct);

    /// <summary>Deleting the workspace's row cascades to its feedback too; this is for a store asked directly.</summary>
    public async Task DeleteWorkspaceAsync(string workspaceId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, """DELETE FROM feedback WHERE "WorkspaceId" = @w""", workspaceId);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<FeedbackTotals> TotalsAsync(string workspaceId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, """
            SELECT COUNT(*), COUNT(DISTINCT "CustomerId"), COUNT("Text"), MIN("Ticks"), MAX("Ticks") FROM feedback WHERE "WorkspaceId" = @w
            """, workspaceId);
        long items, customers, withText;
        long? first, last;
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            await reader.ReadAsync(ct).ConfigureAwait(false);
            (items, customers, withText) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            (first, last) = reader.IsDBNull(3) ? ((long?)null, (long?)null) : (reader.GetInt64(3), reader.GetInt64(4));
        }

        command.CommandText = """SELECT "Source", COUNT(*) FROM feedback WHERE "WorkspaceId" = @w GROUP BY "Source" """;
        var bySource = await CountsAsync(command, ct).ConfigureAwait(false);
        command.CommandText = """SELECT COALESCE("ScoreType", 'none'), COUNT(*) FROM feedback WHERE "WorkspaceId" = @w GROUP BY "ScoreType" """;
        var byScoreType = await CountsAsync(command, ct).ConfigureAwait(false);
        return new FeedbackTotals(items, customers, withText, bySource, byScoreType, first, last);
    }

    public async Task<IReadOnlyList<StoredFeedback>> LatestAsync(string workspaceId, int limit, int offset, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            SELECT {Columns} FROM feedback WHERE "WorkspaceId" = @w ORDER BY "Ticks" DESC, "Sequence" DESC LIMIT @l OFFSET @o
            """, workspaceId, ("@l", limit), ("@o", offset));
        var rows = new List<StoredFeedback>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>An open connection to the database.</summary>
    protected internal abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    private static DbCommand Command(DbConnection connection, string sql, string workspaceId, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters.Prepend(("@w", workspaceId)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task<long> ScalarAsync(string sql, string workspaceId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, sql, workspaceId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(DbCommand command, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static StoredFeedback Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Text(r, 2), r.GetInt64(3), Text(r, 4), Text(r, 5), Text(r, 6),
        r.IsDBNull(7) ? null : r.GetDouble(7), Text(r, 8), r.GetString(9), r.GetBoolean(10), Text(r, 11), Text(r, 12));

    private static string? Text(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);
}
