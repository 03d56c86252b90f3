namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Wakes the dispatcher when this process committed new deliveries (a rule batch, due stall timers, a test send), so
/// they go out at once instead of at the next poll; the poll still finds other processes' deliveries and retries.
/// Signals coalesce: many commits while a round runs cause one more round.
/// </summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // a round is already due
        }
    }

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pending.WaitAsync(timeout, ct);
}
