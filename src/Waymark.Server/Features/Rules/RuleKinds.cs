namespace Waymark.Server.Features.Rules;

/// <summary>The trigger kinds, filter ops, re-entry modes and the webhook event type each kind sends.</summary>
public static class RuleKinds
{
    public const string ReachedStep = "reached-step";
    public const string Event = "event";
    public const string Feedback = "feedback";
    public const string Stalled = "stalled";
    public const string SegmentEntered = "segment-entered";

    public static readonly IReadOnlyList<string> All = [ReachedStep, Event, Feedback, Stalled, SegmentEntered];

    public static readonly IReadOnlyList<string> Ops = ["eq", "neq", "contains", "gt", "lt", "exists"];

    public static readonly IReadOnlyList<string> Reentries = ["once", "always", "after"];

    public static readonly IReadOnlyList<string> Sentiments = ["negative", "neutral", "positive"];

    public static readonly IReadOnlyList<string> Intents = ["cancel", "switch", "refund", "complaint", "praise", "question"];

    /// <summary>The webhook event type a kind sends (WebhookEventTypes).</summary>
    public static string EventType(string kind) => kind switch
    {
        ReachedStep => "customer.reached-step",
        Event => "event.matched",
        Feedback => "feedback.received",
        Stalled => "customer.stalled",
        _ => "segment.entered",
    };
}
