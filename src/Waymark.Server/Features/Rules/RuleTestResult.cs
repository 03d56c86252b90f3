namespace Waymark.Server.Features.Rules;

/// <summary>The deliveries a test send enqueued (one per endpoint that takes the rule's event type).</summary>
public sealed record RuleTestResult(IReadOnlyList<string> DeliveryIds);
