namespace Waymark.Data.Entities;

/// <summary>Whether a customer was in a segment-entered rule's segment when last judged: entering (not a member, then a member) fires the rule.</summary>
public sealed class RuleSegmentMemberEntity
{
    public string RuleId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public bool Member { get; set; }
    public DateTime UpdatedAt { get; set; }
}
