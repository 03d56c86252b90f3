namespace Waymark.Server.Features.Rules;

/// <summary>What a firing does: a webhook to each endpoint (of the rule's workspace), and/or a line on the map's activity feed.</summary>
public sealed record RuleActions
{
    public string[]? WebhookEndpointIds { get; init; }

    public bool? ActivityFeed { get; init; }
}
