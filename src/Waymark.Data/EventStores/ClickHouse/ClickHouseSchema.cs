using System.Globalization;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// Waymark's tables in ClickHouse, created on start and upgraded by numbered steps recorded in schema_version. Every
/// step is idempotent (IF NOT EXISTS), so two servers starting at once, or a start that stopped half way, only repeat
/// harmless work. On a cluster the steps run on every server (each keeps its own schema_version), creating local
/// tables and Distributed ones over them under the same names (ADR 062). The SQL keeps to what 18.16 and current
/// releases both accept (ADR 056).
/// </summary>
internal static class ClickHouseSchema
{
    /// <summary>A customer's events and attributes live on one shard: hashed by workspace, source and customer.</summary>
    private const string ByCustomer = "cityHash64(workspace_id, source_id, customer_id)";

    /// <summary>Small granules for the id tables, read a granule per id looked up.</summary>
    private const string IdGranules = "index_granularity = 256";

    /// <summary>The steps in order; step N is recorded as version N once it has run.</summary>
    private static readonly ClickHouseTable[][] Steps =
    [
        [
            // Sorted by customer then time inside a source: what per-customer analysis reads, and what a cluster
            // shards by. seq orders appends (assigned by Waymark, see ClickHouseEventStore).
            new(
                "events",
                """
                (
                    workspace_id String, source_id String, customer_id String, ticks Int64, activity String,
                    channel Nullable(String), properties Nullable(String), event_id Nullable(String), seq Int64)
                """,
                "MergeTree", "", "(workspace_id, source_id, customer_id, ticks)", ByCustomer),

            // The event ids a source has stored, sorted by id so that a batch's ids are looked up by the primary key.
            // On a cluster the lookup asks every shard, so the ids may spread by their own hash. A lookup reads a
            // granule of every part per id (a new id the writer's filter may hold falls inside some granule), so the
            // granules are small: 256 rows, not 8,192 (ADR 078; a database made before keeps 8,192).
            new(
                "event_ids", "(workspace_id String, source_id String, event_id String, seq Int64)",
                "ReplacingMergeTree", "", "(workspace_id, source_id, event_id)", "cityHash64(workspace_id, source_id, event_id)",
                IdGranules),

            // Every write of an attribute is a row; the one with the highest seq is the value (read with argMax, so
            // the answer does not wait for background merges). Beside the customer's events on a cluster.
            new(
                "customer_attributes",
                "(workspace_id String, source_id String, customer_id String, key String, value String, seq Int64)",
                "ReplacingMergeTree", "seq", "(workspace_id, source_id, customer_id, key)", ByCustomer),
        ],
        [
            // Feedback, in append order per workspace: what the caches read (after a sequence) and count. Items may
            // have no customer, so on a cluster they spread by their id.
            new(
                "feedback",
                """
                (
                    workspace_id String, seq Int64, feedback_id String, customer_id Nullable(String), ticks Int64,
                    step_id Nullable(String), activity Nullable(String), score_type Nullable(String), score Nullable(Float64),
                    text Nullable(String), source String, solicited UInt8, language Nullable(String), properties Nullable(String))
                """,
                "MergeTree", "", "(workspace_id, seq)", "cityHash64(workspace_id, feedback_id)"),

            // The feedback ids a workspace has, looked up by primary key like event_ids.
            new(
                "feedback_ids", "(workspace_id String, feedback_id String, seq Int64)",
                "ReplacingMergeTree", "", "(workspace_id, feedback_id)", "cityHash64(workspace_id, feedback_id)", IdGranules),
        ],
    ];

    public static int Version => Steps.Length;

    /// <summary>
    /// Creates the database and the version table when missing, then runs the steps above its version: on the one
    /// server, or on every server of the cluster. Refuses a database laid out for the other kind.
    /// </summary>
    public static async Task EnsureAsync(ClickHouseHttp http, ClickHouseOptions options, CancellationToken ct)
    {
        if (!options.IsCluster)
        {
            await EnsureOnAsync(http, options, ct).ConfigureAwait(false);
        }
        else
        {
            foreach (var server in options.Servers)
            {
                using var one = new ClickHouseHttp(options, server);
                await EnsureOnAsync(one, options, ct).ConfigureAwait(false);
            }
        }

        var engine = await http.ScalarAsync(
            $"SELECT engine FROM system.tables WHERE database = {ClickHouseText.Literal(http.Database)} AND name = 'events'", ct).ConfigureAwait(false);
        if ((engine == "Distributed") != options.IsCluster)
        {
            throw new ClickHouseException(options.IsCluster
                ? $"Database '{http.Database}' holds one server's tables (events is {engine}), not a cluster's; Events:ClickHouse:Cluster needs a database of its own (Waymark does not move the data)."
                : $"Database '{http.Database}' holds a cluster's tables (events is Distributed); set Events:ClickHouse:Cluster and Servers to use it.");
        }
    }

    private static async Task EnsureOnAsync(ClickHouseHttp http, ClickHouseOptions options, CancellationToken ct)
    {
        await http.ExecuteWithoutDatabaseAsync($"CREATE DATABASE IF NOT EXISTS `{http.Database}`", ct).ConfigureAwait(false);
        await http.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version Int32, applied DateTime) ENGINE = MergeTree() ORDER BY version", ct)
            .ConfigureAwait(false);
        var current = int.Parse(await http.ScalarAsync("SELECT max(version) FROM schema_version", ct).ConfigureAwait(false) ?? "0", CultureInfo.InvariantCulture);
        for (var step = current; step < Steps.Length; step++)
        {
            foreach (var statement in Steps[step].SelectMany(table => table.Create(options)))
            {
                await http.ExecuteAsync(statement, ct).ConfigureAwait(false);
            }

            await http.ExecuteAsync($"INSERT INTO schema_version VALUES ({(step + 1).ToString(CultureInfo.InvariantCulture)}, now())", ct).ConfigureAwait(false);
        }
    }
}
