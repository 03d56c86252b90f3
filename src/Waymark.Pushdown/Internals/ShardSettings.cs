using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The SETTINGS clause a pushed-down query carries. Every query: the spill of a grouping larger than
/// <see cref="ClickHouseOptions.SpillBytes"/> to disk (ADR 074). On a cluster (ADR 062: events sharded by
/// customer, a customer's events and attributes on one shard) every query: IN subqueries read each shard's own tables
/// (18.16 refuses a Distributed table there, "double-distributed"). A query whose Distributed read groups by customer
/// (<see cref="PerCustomer"/>): <c>distributed_group_by_no_merge</c>, so each shard answers its customers whole and the
/// initiator only appends them; without it every shard sends every customer's partial arrays (groupArray states) for
/// the initiator to merge alone, which is the per-customer work done twice and on one server (ADR 070).
/// </summary>
internal static class ShardSettings
{
    public static string For(ClickHouseOptions options) => Clause(options, perCustomer: false);

    /// <summary>For a query whose only Distributed read is a <c>GROUP BY customer_id</c>: nothing to merge across shards.</summary>
    public static string PerCustomer(ClickHouseOptions options) => Clause(options, perCustomer: true);

    private static string Clause(ClickHouseOptions options, bool perCustomer)
    {
        var settings = options.SpillSettings();
        if (options.IsCluster)
        {
            settings.Add("distributed_product_mode = 'local'");
            if (perCustomer)
            {
                settings.Add("distributed_group_by_no_merge = 1");
            }
        }

        return settings.Count == 0 ? "" : "\nSETTINGS " + string.Join(", ", settings);
    }
}
