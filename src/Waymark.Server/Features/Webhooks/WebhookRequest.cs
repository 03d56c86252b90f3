namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// The body that creates an endpoint (url and events needed) or changes one (what is left out stays as it is):
/// an http(s) URL, a description (plain text), whether it is on, and the event types it takes.
/// </summary>
public sealed record WebhookRequest(string? Url = null, string? Description = null, bool? Enabled = null, string[]? Events = null);
