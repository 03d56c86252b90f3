namespace Waymark.Server.Features.Common;

/// <summary>
/// Wakes a background loop of this process at once instead of at its next poll. Signals coalesce: many notifications
/// while a round runs cause one more round. Each loop has its own subclass, so each is its own service.
/// </summary>
public abstract class WakeSignal
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
