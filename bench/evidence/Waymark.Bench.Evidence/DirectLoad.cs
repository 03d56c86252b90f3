using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Waymark.Bench.Evidence;

/// <summary>
/// The peer for ingestion: the database's own fastest bulk path into the same events table (same indexes), with no
/// HTTP, JSON or validation: SQLite's prepared INSERT in one transaction per batch, PostgreSQL's binary COPY.
/// It is the ceiling the ingestion API can approach, so the ratio says what the API costs on top.
/// </summary>
internal static class DirectLoad
{
    public static TimeSpan Sqlite(string connectionString, string workspace, IReadOnlyList<BenchEvents.Row> rows, int batchSize)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO events (WorkspaceId, SourceId, EventId, CustomerId, Ticks, Activity, Channel) VALUES ($w, $s, $id, $c, $t, $a, $ch)";
            command.Parameters.AddWithValue("$w", workspace);
            command.Parameters.AddWithValue("$s", "src_" + workspace); // the workspace's default source, as the API writes
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var customer = command.Parameters.Add("$c", SqliteType.Text);
            var ticks = command.Parameters.Add("$t", SqliteType.Integer);
            var activity = command.Parameters.Add("$a", SqliteType.Text);
            var channel = command.Parameters.Add("$ch", SqliteType.Text);
            command.Prepare();
            for (var i = start; i < Math.Min(rows.Count, start + batchSize); i++)
            {
                var r = rows[i];
                (id.Value, customer.Value, ticks.Value, activity.Value) = (r.Id, r.Customer, r.Ticks, r.Activity);
                channel.Value = (object?)r.Channel ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return watch.Elapsed;
    }

    public static TimeSpan Postgres(string connectionString, string workspace, IReadOnlyList<BenchEvents.Row> rows, int batchSize)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            using var copy = connection.BeginBinaryImport(
                """COPY events ("WorkspaceId", "SourceId", "EventId", "CustomerId", "Ticks", "Activity", "Channel") FROM STDIN (FORMAT BINARY)""");
            for (var i = start; i < Math.Min(rows.Count, start + batchSize); i++)
            {
                var r = rows[i];
                copy.StartRow();
                copy.Write(workspace, NpgsqlDbType.Varchar);
                copy.Write("src_" + workspace, NpgsqlDbType.Varchar);
                copy.Write(r.Id, NpgsqlDbType.Varchar);
                copy.Write(r.Customer, NpgsqlDbType.Varchar);
                copy.Write(r.Ticks, NpgsqlDbType.Bigint);
                copy.Write(r.Activity, NpgsqlDbType.Varchar);
                if (r.Channel is null)
                {
                    copy.WriteNull();
                }
                else
                {
                    copy.Write(r.Channel, NpgsqlDbType.Varchar);
                }
            }

            copy.Complete();
        }

        return watch.Elapsed;
    }
}
