namespace Waymark.Data.Entities;

/// <summary>
/// A stall deadline: the customer reached the rule's step A at <see cref="StartedAt"/> and stalls unless step B
/// follows before <see cref="DueAt"/>. State armed, cancelled (B came in time) or fired. A sweeper claims a due timer
/// with a lease (<see cref="LeaseUntil"/>, <see cref="LeaseOwner"/>) like the webhook dispatcher, so two processes
/// never fire one timer twice. (RuleId, CustomerId, ArmedBy) is unique: a replayed batch arms nothing twice.
/// </summary>
public sealed class RuleTimerEntity
{
    public string Id { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string ArmedBy { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime DueAt { get; set; }
    public string State { get; set; } = "armed";
    public DateTime? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }

    /// <summary>The event that armed the timer, as JSON (sent in the stall's webhook).</summary>
    public string Event { get; set; } = "{}";
}
