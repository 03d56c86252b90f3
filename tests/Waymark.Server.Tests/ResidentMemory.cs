using System.Diagnostics;

namespace Waymark.Server.Tests;

/// <summary>
/// This process's resident memory across a piece of work: measured after a full, compacting collection that returns
/// free memory to the system, then sampled every 5 ms on a thread of its own, so a short-lived peak is seen too.
/// </summary>
internal sealed class ResidentMemory : IDisposable
{
    private readonly Thread _thread;
    private readonly Process _process = Process.GetCurrentProcess();
    private volatile bool _stop;
    private long _peak;

    private ResidentMemory()
    {
        Before = Settled();
        _peak = Before;
        _thread = new Thread(Sample) { IsBackground = true, Name = "resident memory sampler" };
        _thread.Start();
    }

    public long Before { get; }

    /// <summary>The highest resident bytes seen over <see cref="Before"/>, in MB.</summary>
    public double PeakGrowthMb => (Interlocked.Read(ref _peak) - Before) / 1048576.0;

    public static ResidentMemory Watch() => new();

    /// <summary>Resident bytes over <see cref="Before"/> after another full collection, in MB.</summary>
    public double SettledGrowthMb() => (Settled() - Before) / 1048576.0;

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        _process.Dispose();
    }

    private long Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Resident();
    }

    private long Resident()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    private void Sample()
    {
        while (!_stop)
        {
            var now = Resident();
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(5);
        }
    }
}
