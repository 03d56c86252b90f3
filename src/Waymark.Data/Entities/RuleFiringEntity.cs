namespace Waymark.Data.Entities;

/// <summary>
/// One firing of a rule for a customer. (RuleId, CustomerId, Occurrence) is unique: the occurrence names what fired
/// it (an event's source and sequence, a feedback sequence, a stall timer), so evaluating a batch again adds nothing.
/// </summary>
public sealed class RuleFiringEntity
{
    public string Id { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Occurrence { get; set; } = "";
    public DateTime FiredAt { get; set; }
    public string EventType { get; set; } = "";
    public string Detail { get; set; } = "";

    /// <summary>The webhook deliveries it enqueued, space-separated ids.</summary>
    public string DeliveryIds { get; set; } = "";
}
