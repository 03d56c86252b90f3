namespace Waymark.Server.Features.Rules;

/// <summary>
/// How often a rule fires for one customer: <c>once</c>, <c>always</c>, or <c>after</c> <see cref="ReentryAfterSeconds"/>
/// since the customer's last firing; <see cref="MaxPerDay"/> caps firings per customer in any 24 hours.
/// </summary>
public sealed record RuleFrequency
{
    public string? Reentry { get; init; }

    public long? ReentryAfterSeconds { get; init; }

    public int? MaxPerDay { get; init; }
}
