namespace Waymark.Server.Features.Webhooks;

/// <summary>A new endpoint, or one with a new secret: <see cref="Secret"/> ("whsec_...") is shown this once and cannot be read again.</summary>
public sealed record CreatedWebhook(WebhookDto Webhook, string Secret);
