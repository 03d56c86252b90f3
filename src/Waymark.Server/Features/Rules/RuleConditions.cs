namespace Waymark.Server.Features.Rules;

/// <summary>Who a rule fires for: members of <see cref="SegmentId"/> (when set) whose attributes meet every one of <see cref="Attributes"/>.</summary>
public sealed record RuleConditions
{
    public string? SegmentId { get; init; }

    public RuleFilter[]? Attributes { get; init; }
}
