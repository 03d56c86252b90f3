namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// One of Waymark's tables as the schema steps create it: on one server a MergeTree-family table under
/// <see cref="Name"/>; on a cluster that table as NAME_local on every server (replicated when asked) and a Distributed
/// table NAME over them, sharded by <see cref="ShardKey"/> (ADR 062).
/// </summary>
/// <param name="Name">What Waymark reads and writes, on one server and on a cluster.</param>
/// <param name="Columns">The column list in parentheses.</param>
/// <param name="Engine">MergeTree or ReplacingMergeTree.</param>
/// <param name="EngineArguments">The engine's own arguments (the version column of a ReplacingMergeTree), or empty.</param>
/// <param name="OrderBy">The sort key.</param>
/// <param name="ShardKey">The Distributed table's sharding expression.</param>
/// <param name="Settings">The MergeTree settings the table is created with (e.g. <c>index_granularity = 256</c>), or empty.</param>
internal sealed record ClickHouseTable(string Name, string Columns, string Engine, string EngineArguments, string OrderBy, string ShardKey, string Settings = "")
{
    public string LocalName => Name + "_local";

    /// <summary>The statements that create the table, each IF NOT EXISTS, for one server or for one server of a cluster.</summary>
    public IEnumerable<string> Create(ClickHouseOptions options)
    {
        if (!options.IsCluster)
        {
            yield return $"CREATE TABLE IF NOT EXISTS {Name} {Columns} ENGINE = {Engine}({EngineArguments}) ORDER BY {OrderBy}{SettingsClause}";
            yield break;
        }

        yield return $"CREATE TABLE IF NOT EXISTS {LocalName} {Columns} ENGINE = {LocalEngine(options)} ORDER BY {OrderBy}{SettingsClause}";
        yield return $"CREATE TABLE IF NOT EXISTS {Name} AS {LocalName} " +
            $"ENGINE = Distributed({options.Cluster}, {options.Database}, {LocalName}, {ShardKey})";
    }

    private string SettingsClause => Settings.Length == 0 ? "" : " SETTINGS " + Settings;

    private string LocalEngine(ClickHouseOptions options)
    {
        if (!options.Replicated)
        {
            return $"{Engine}({EngineArguments})";
        }

        // The servers' macros name the shard and the replica, so one statement serves every server.
        var path = ClickHouseText.Literal($"/clickhouse/tables/{{shard}}/{options.Database}/{LocalName}");
        var arguments = EngineArguments.Length == 0 ? "" : ", " + EngineArguments;
        return $"Replicated{Engine}({path}, '{{replica}}'{arguments})";
    }
}
