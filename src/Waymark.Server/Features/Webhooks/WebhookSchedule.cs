namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// When a failed delivery is tried again: the n-th retry waits a random time between zero and the n-th step of
/// Webhooks:RetrySeconds (full jitter, so receivers coming back are not hit by every sender at once); the last
/// step repeats. Null when the next attempt would fall after the delivery's retry deadline: the delivery is dead.
/// </summary>
internal static class WebhookSchedule
{
    public static DateTime? NextAttempt(WebhookOptions options, int attemptsMade, DateTime now, DateTime retryUntil, Random random)
    {
        var steps = options.RetrySteps();
        var ceiling = steps[Math.Min(Math.Max(attemptsMade - 1, 0), steps.Length - 1)];
        var next = now.AddSeconds(random.NextDouble() * ceiling);
        return next <= retryUntil ? next : null;
    }
}
