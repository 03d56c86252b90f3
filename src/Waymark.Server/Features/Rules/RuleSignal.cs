namespace Waymark.Server.Features.Rules;

/// <summary>
/// Wakes the evaluator when this process stored events or feedback, so rules run at once instead of at the next poll.
/// Signals coalesce: many ingests while a round runs cause one more round.
/// </summary>
public sealed class RuleSignal
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
