namespace Waymark.Server.Features.Rules;

/// <summary>
/// A stored rule: what was sent (<see cref="RuleRequest"/>) with its ids, times, firing counts and state: on, off, or
/// broken (it names a step, segment or endpoint that no longer exists: <see cref="Problem"/> says which; it is skipped).
/// </summary>
public sealed record RuleDto(
    string Id, string MapId, string Name, bool Enabled, RuleTrigger Trigger, RuleConditions Conditions, RuleFrequency Frequency,
    RuleActions Actions, DateTime CreatedAt, DateTime UpdatedAt, string CreatedBy, DateTime? LastFiredAt, int Firings24h,
    int FiringsTotal, string State, string? Problem);
