namespace Waymark.Data.Entities;

/// <summary>One attribute of a customer (plan, region, ...), used by segments.</summary>
public sealed class CustomerAttributeEntity
{
    public string WorkspaceId { get; set; } = "";

    /// <summary>The event source whose customer this is (a customer id in two sources is two customers).</summary>
    public string SourceId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";

    /// <summary>Which write set this value (per source, increasing): the log cache reads only newer rows.</summary>
    public long Sequence { get; set; }
}
