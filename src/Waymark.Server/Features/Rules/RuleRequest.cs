namespace Waymark.Server.Features.Rules;

/// <summary>A whole rule as sent by the editor (docs/adr/054-journey-rules.md); every field is checked by <see cref="RuleRequestCheck"/>.</summary>
public sealed record RuleRequest
{
    public string? Name { get; init; }

    public bool? Enabled { get; init; }

    public RuleTrigger? Trigger { get; init; }

    public RuleConditions? Conditions { get; init; }

    public RuleFrequency? Frequency { get; init; }

    public RuleActions? Actions { get; init; }
}
