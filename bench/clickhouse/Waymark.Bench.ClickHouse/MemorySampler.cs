namespace Waymark.Bench.ClickHouse;

/// <summary>
/// The highest resident memory (VmRSS) of some processes during a phase, sampled every 100 ms: a process's own peak
/// (VmHWM) covers its whole life, and the servers live through every phase.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly int[] _processes;
    private readonly long[] _peaks;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler(params int[] processes)
    {
        _processes = processes;
        _peaks = new long[processes.Length];
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Stops sampling; the peak of each process, in the order given, in bytes.</summary>
    public async Task<long[]> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Sample();
        return [.. _peaks];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Sample()
    {
        for (var i = 0; i < _processes.Length; i++)
        {
            try
            {
                _peaks[i] = Math.Max(_peaks[i], ProcessMemory.Of(_processes[i]).ResidentBytes);
            }
            catch (IOException)
            {
                // The process has ended; its peak so far stands.
            }
        }
    }
}
