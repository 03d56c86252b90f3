namespace Waymark.Server.Features.Rules;

/// <summary>A condition on an event property or a customer attribute: op is eq, neq, contains, gt, lt or exists (no value).</summary>
public sealed record RuleFilter
{
    public string? Key { get; init; }

    public string? Op { get; init; }

    public string? Value { get; init; }
}
