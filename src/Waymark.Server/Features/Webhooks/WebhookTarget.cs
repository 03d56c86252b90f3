namespace Waymark.Server.Features.Webhooks;

/// <summary>What enqueueing needs of an endpoint: whether it is on and the event types it takes (as stored).</summary>
public sealed record WebhookTarget(string Id, bool Enabled, string Events);
