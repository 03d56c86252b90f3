namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// The event types an endpoint may subscribe to. <c>webhook.test</c> is sent by the test send (to any endpoint,
/// subscribed or not); the others are what the journey rules fire (issue 19) and are listed here so endpoints can be
/// set up before the first rule.
/// </summary>
public static class WebhookEventTypes
{
    public const string Test = "webhook.test";

    public static readonly IReadOnlyList<string> All =
    [
        Test, "customer.reached-step", "customer.stalled", "event.matched", "feedback.received", "segment.entered",
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
