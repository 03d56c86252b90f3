using System.Text.RegularExpressions;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// A ClickHouse server's HTTP interface (Events:ClickHouse): its address, the database Waymark's tables live in (created
/// on start when missing) and the user it signs in as (HTTP basic authentication). With <see cref="Cluster"/> the
/// tables are sharded by customer over that cluster's servers (ADR 062).
/// </summary>
public sealed partial class ClickHouseOptions
{
    public string Url { get; set; } = "http://127.0.0.1:8123/";

    public string Database { get; set; } = "waymark";

    public string User { get; set; } = "default";

    public string Password { get; set; } = "";

    /// <summary>
    /// A cluster named in the servers' remote_servers config, or empty for one server. With it Waymark reads and writes
    /// Distributed tables through <see cref="Url"/> (any server of the cluster) over local tables on every shard.
    /// </summary>
    public string Cluster { get; set; } = "";

    /// <summary>
    /// The HTTP address of every server of the cluster (every replica of every shard): Waymark creates and upgrades the
    /// tables on each itself, as there is no ON CLUSTER DDL without ZooKeeper.
    /// </summary>
    public List<string> Servers { get; set; } = [];

    /// <summary>
    /// Local tables as ReplicatedMergeTree under /clickhouse/tables/{shard}/DATABASE/TABLE with replica name {replica}
    /// (the servers' macros), with ZooKeeper in their config; the cluster's shards should say internal_replication.
    /// </summary>
    public bool Replicated { get; set; }

    /// <summary>
    /// With <see cref="Replicated"/>, the replicas an insert must reach before it is acknowledged (insert_quorum);
    /// 0 or 1 acknowledges once one replica has it.
    /// </summary>
    public int InsertQuorum { get; set; }

    /// <summary>
    /// Whether the server asks the analyses it can push down (statistics, flow, funnels, the overlay) of ClickHouse as SQL rather
    /// than of its in-memory log (Events:ClickHouse:Pushdown, on by default; docs/adr/064-server-pushdown.md). Off,
    /// the server reads every event into its log as before.
    /// </summary>
    public bool Pushdown { get; set; } = true;

    /// <summary>
    /// Events one group write takes at most: the batches of concurrent appends to a source share one id lookup and one
    /// insert per table (ADR 067); a single larger batch still goes alone. 1 writes every append alone.
    /// </summary>
    public int GroupEvents { get; set; } = 100_000;

    /// <summary>
    /// The bytes a query's grouping or sort over a whole source may hold on one server before ClickHouse writes it to
    /// disk and merges it part by part (<c>max_bytes_before_external_group_by</c> and <c>_sort</c>, ADR 074): pushed-down
    /// analyses (grouped by customer) and the reads of a whole source in sequence order (which the server's log and
    /// exports make). A source larger than memory is answered more slowly rather than failing with "Memory limit
    /// exceeded". 0 never spills (the server's profile decides). The default, 4 GiB, is below the Debian profile's 10 GB
    /// per query with room for what the query holds besides.
    /// </summary>
    public long SpillBytes { get; set; } = 4L << 30;

    /// <summary>ClickHouse's default <c>group_by_two_level_threshold_bytes</c>: a smaller grouping stays one-level.</summary>
    private const long TwoLevelBytes = 100_000_000;

    public bool IsCluster => !string.IsNullOrEmpty(Cluster);

    /// <summary>The SETTINGS clause of a read that sorts or groups a whole source: both spill past <see cref="SpillBytes"/>.</summary>
    public string SpillClause() => SpillSettings() is { Count: > 0 } settings ? "\nSETTINGS " + string.Join(", ", settings) : "";

    /// <summary>
    /// The settings that spill a query's sort and grouping to disk past <see cref="SpillBytes"/> (none when it is 0).
    /// Only a two-level grouping (256 buckets) is written to disk, and ClickHouse makes one past 100 MB
    /// (<c>group_by_two_level_threshold_bytes</c>), so a smaller threshold lowers that one too.
    /// </summary>
    public List<string> SpillSettings()
    {
        if (SpillBytes <= 0)
        {
            return [];
        }

        var bytes = SpillBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        List<string> settings = ["max_bytes_before_external_sort = " + bytes, "max_bytes_before_external_group_by = " + bytes];
        if (SpillBytes < TwoLevelBytes)
        {
            settings.Add("group_by_two_level_threshold_bytes = " + bytes);
        }

        return settings;
    }

    /// <summary>Why these settings cannot work, or null.</summary>
    public string? Problem()
    {
        if (!IsHttp(Url))
        {
            return $"Events:ClickHouse:Url must be an http(s) address such as http://127.0.0.1:8123/ (it is '{Url}').";
        }

        if (!Name().IsMatch(Database ?? ""))
        {
            return $"Events:ClickHouse:Database must be letters, digits and underscores, starting with a letter or underscore (it is '{Database}').";
        }

        if (GroupEvents < 1)
        {
            return $"Events:ClickHouse:GroupEvents must be 1 or more (it is {GroupEvents}).";
        }

        if (SpillBytes < 0)
        {
            return $"Events:ClickHouse:SpillBytes must be 0 (never spill) or more (it is {SpillBytes}).";
        }

        return IsCluster ? ClusterProblem() : LayoutProblem();
    }

    private string? ClusterProblem()
    {
        if (!Name().IsMatch(Cluster))
        {
            return $"Events:ClickHouse:Cluster must be letters, digits and underscores, as in the servers' remote_servers (it is '{Cluster}').";
        }

        if (Servers.Count == 0)
        {
            return $"Events:ClickHouse:Servers must list the http(s) address of every server of cluster '{Cluster}'.";
        }

        if (Servers.Find(s => !IsHttp(s)) is { } bad)
        {
            return $"Events:ClickHouse:Servers must list the http(s) address of every server of cluster '{Cluster}' (one is '{bad}').";
        }

        return InsertQuorum < 0 || (InsertQuorum > 1 && !Replicated)
            ? "Events:ClickHouse:InsertQuorum is 0 or more, and above 1 only with Events:ClickHouse:Replicated."
            : null;
    }

    private string? LayoutProblem() =>
        Servers.Count > 0 || Replicated || InsertQuorum != 0
            ? "Events:ClickHouse:Servers, Replicated and InsertQuorum need Events:ClickHouse:Cluster."
            : null;

    private static bool IsHttp(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Name();
}
