namespace Waymark.Server.Features.Webhooks;

/// <summary>A page of the delivery log, newest first; <see cref="NextBefore"/> is the <c>before</c> of the next page, null at the end.</summary>
public sealed record WebhookDeliveryPage(WebhookDeliveryDto[] Items, string? NextBefore);
