namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// A webhook endpoint as a rule's editor may pick it: its id, description, the host it calls (never the URL's path or
/// query, which may carry tokens) and whether it is on. Secrets and the delivery log stay the owners'.
/// </summary>
public sealed record WebhookChoice(string Id, string Description, string Host, bool Enabled);
