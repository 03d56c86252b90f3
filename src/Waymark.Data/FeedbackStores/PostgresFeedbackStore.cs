using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Waymark.Data.EventStores;

namespace Waymark.Data.FeedbackStores;

/// <summary>
/// PostgreSQL, the same way as <see cref="PostgresEventStore"/>: a batch is binary-COPYed into a per-connection temp
/// table, then moved into feedback with one INSERT ... SELECT ... ON CONFLICT DO NOTHING under the workspace's
/// transaction-scoped advisory lock, so a workspace's sequence numbers commit in order and an incremental reader
/// never passes over a row that commits later.
/// </summary>
public sealed class PostgresFeedbackStore(string connectionString) : RelationalFeedbackStore, IDisposable
{
    private const string Stage = """
        CREATE TEMP TABLE IF NOT EXISTS feedback_stage (
            n integer, id text, c text, t bigint, st text, a text, sty text, sc double precision, tx text, so text,
            sol boolean, l text, p text) ON COMMIT DELETE ROWS
        """;

    private const string Insert = """
        INSERT INTO feedback ("WorkspaceId", "FeedbackId", "CustomerId", "Ticks", "StepId", "Activity", "ScoreType", "Score",
                              "Text", "Source", "Solicited", "Language", "Properties")
        SELECT @w, f.id, f.c, f.t, f.st, f.a, f.sty, f.sc, f.tx, f.so, f.sol, f.l, f.p
        FROM feedback_stage f
        ORDER BY f.n
        ON CONFLICT DO NOTHING
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override async Task<AppendResult> AppendAsync(string workspaceId, IReadOnlyList<NewFeedback> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return await PostgresStagedAppend.RunAsync(_dataSource, workspaceId, null, items.Count, Stage,
            (connection, token) => CopyToStageAsync(connection, items, token), "@w || ':feedback'", Insert, ct).ConfigureAwait(false);
    }

    public void Dispose() => _dataSource.Dispose();

    protected internal override async Task<DbConnection> OpenAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    private static async Task CopyToStageAsync(NpgsqlConnection connection, IReadOnlyList<NewFeedback> items, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY feedback_stage (n, id, c, t, st, a, sty, sc, tx, so, sol, l, p) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        for (var i = 0; i < items.Count; i++)
        {
            var f = items[i];
            await writer.StartRowAsync(ct).ConfigureAwait(false);
            await writer.WriteAsync(i, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await writer.WriteAsync(FeedbackIds.Of(f), NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.CustomerId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await writer.WriteAsync(f.UtcTicks, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.StepId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.Activity, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.ScoreType, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.Score, NpgsqlDbType.Double, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.Text, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await writer.WriteAsync(f.Source, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await writer.WriteAsync(f.Solicited, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.Language, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await WriteAsync(writer, f.Properties, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        }

        await writer.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) => value is null
        ? writer.WriteNullAsync(ct)
        : writer.WriteAsync(value, type, ct);
}
