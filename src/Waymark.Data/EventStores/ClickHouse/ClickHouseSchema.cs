using System.Globalization;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// Waymark's tables in ClickHouse, created on start and upgraded by numbered steps recorded in schema_version. Every
/// step is idempotent (IF NOT EXISTS), so two servers starting at once, or a start that stopped half way, only repeat
/// harmless work. The SQL keeps to what 18.16 and current releases both accept (ADR 056).
/// </summary>
internal static class ClickHouseSchema
{
    /// <summary>The steps in order; step N is recorded as version N once it has run.</summary>
    private static readonly string[][] Steps =
    [
        [
            // Sorted by customer then time inside a source: what per-customer analysis reads (and, later, what a
            // Distributed table shards by). seq orders appends (assigned by Waymark, see ClickHouseEventStore).
            """
            CREATE TABLE IF NOT EXISTS events (
                workspace_id String, source_id String, customer_id String, ticks Int64, activity String,
                channel Nullable(String), properties Nullable(String), event_id Nullable(String), seq Int64)
            ENGINE = MergeTree() ORDER BY (workspace_id, source_id, customer_id, ticks)
            """,
            // The event ids a source has stored, sorted by id so that a batch's ids are looked up by the primary key.
            """
            CREATE TABLE IF NOT EXISTS event_ids (workspace_id String, source_id String, event_id String, seq Int64)
            ENGINE = ReplacingMergeTree() ORDER BY (workspace_id, source_id, event_id)
            """,
            // Every write of an attribute is a row; the one with the highest seq is the value (read with argMax, so
            // the answer does not wait for background merges).
            """
            CREATE TABLE IF NOT EXISTS customer_attributes (
                workspace_id String, source_id String, customer_id String, key String, value String, seq Int64)
            ENGINE = ReplacingMergeTree(seq) ORDER BY (workspace_id, source_id, customer_id, key)
            """,
        ],
        [
            // Feedback, in append order per workspace: what the caches read (after a sequence) and count.
            """
            CREATE TABLE IF NOT EXISTS feedback (
                workspace_id String, seq Int64, feedback_id String, customer_id Nullable(String), ticks Int64,
                step_id Nullable(String), activity Nullable(String), score_type Nullable(String), score Nullable(Float64),
                text Nullable(String), source String, solicited UInt8, language Nullable(String), properties Nullable(String))
            ENGINE = MergeTree() ORDER BY (workspace_id, seq)
            """,
            // The feedback ids a workspace has, looked up by primary key like event_ids.
            """
            CREATE TABLE IF NOT EXISTS feedback_ids (workspace_id String, feedback_id String, seq Int64)
            ENGINE = ReplacingMergeTree() ORDER BY (workspace_id, feedback_id)
            """,
        ],
    ];

    public static int Version => Steps.Length;

    /// <summary>Creates the database and the version table when missing, then runs the steps above its version.</summary>
    public static async Task EnsureAsync(ClickHouseHttp http, CancellationToken ct)
    {
        await http.ExecuteWithoutDatabaseAsync($"CREATE DATABASE IF NOT EXISTS `{http.Database}`", ct).ConfigureAwait(false);
        await http.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version Int32, applied DateTime) ENGINE = MergeTree() ORDER BY version", ct)
            .ConfigureAwait(false);
        var current = int.Parse(await http.ScalarAsync("SELECT max(version) FROM schema_version", ct).ConfigureAwait(false) ?? "0", CultureInfo.InvariantCulture);
        for (var step = current; step < Steps.Length; step++)
        {
            foreach (var statement in Steps[step])
            {
                await http.ExecuteAsync(statement, ct).ConfigureAwait(false);
            }

            await http.ExecuteAsync($"INSERT INTO schema_version VALUES ({(step + 1).ToString(CultureInfo.InvariantCulture)}, now())", ct).ConfigureAwait(false);
        }
    }
}
