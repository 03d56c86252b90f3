namespace Waymark.Pushdown.Internals;

/// <summary>
/// The settings a pushed-down query carries on a cluster (ADR 062: events sharded by customer, a customer's events
/// and attributes on one shard). Every query: IN subqueries read each shard's own tables (18.16 refuses a Distributed
/// table there, "double-distributed"). A query whose Distributed read groups by customer (<see cref="PerCustomer"/>):
/// <c>distributed_group_by_no_merge</c>, so each shard answers its customers whole and the initiator only appends
/// them; without it every shard sends every customer's partial arrays (groupArray states) for the initiator to merge
/// alone, which is the per-customer work done twice and on one server (ADR 070).
/// </summary>
internal static class ShardSettings
{
    private const string Local = "\nSETTINGS distributed_product_mode = 'local'";

    public static string For(bool cluster) => cluster ? Local : "";

    /// <summary>For a query whose only Distributed read is a <c>GROUP BY customer_id</c>: nothing to merge across shards.</summary>
    public static string PerCustomer(bool cluster) => cluster ? Local + ", distributed_group_by_no_merge = 1" : "";
}
