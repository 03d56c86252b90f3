namespace Waymark.Server.Features.Webhooks;

/// <summary>An endpoint's subscribed event types as stored (space-separated) and as the API shows them.</summary>
internal static class WebhookEvents
{
    public static string[] Parse(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Store(IEnumerable<string> events) => string.Join(' ', events);
}
