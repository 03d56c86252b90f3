namespace Waymark.Bench.Limits;

/// <summary>Samples the server's resident memory every 10 ms on its own thread and keeps the peak.</summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly ServerChild _server;
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public MemoryWatch(ServerChild server)
    {
        _server = server;
        Before = server.Resident;
        _peak = Before;
        _thread = new Thread(Sample) { IsBackground = true };
        _thread.Start();
    }

    /// <summary>Resident bytes when the watch started.</summary>
    public long Before { get; }

    /// <summary>The highest resident bytes seen so far.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Peak over the start, in MB.</summary>
    public double GrowthMb => (Peak - Before) / 1048576.0;

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stop)
        {
            var now = _server.Resident;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(10);
        }
    }
}
