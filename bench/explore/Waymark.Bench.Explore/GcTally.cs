using System.Globalization;

namespace Waymark.Bench.Explore;

/// <summary>
/// The garbage collections of the timed requests (server and client share this process): bytes allocated, gen-0/1/2
/// collections and the time the collector paused the process, per request, and what the slowest request met. Counts and
/// bytes do not depend on the machine's load, so they say whether a slow run is a collection's.
/// </summary>
internal sealed class GcTally
{
    private readonly int[] _collections = new int[3];
    private readonly int[] _before = new int[3];
    private long _allocated, _allocatedBefore;
    private TimeSpan _paused, _pausedBefore;
    private (double Ms, int Gen2, TimeSpan Paused) _slowest;

    public static GcTally Start() => new();

    public void Before()
    {
        for (var g = 0; g < 3; g++)
        {
            _before[g] = GC.CollectionCount(g);
        }

        (_allocatedBefore, _pausedBefore) = (GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration());
    }

    public void After(double ms)
    {
        for (var g = 0; g < 3; g++)
        {
            _collections[g] += GC.CollectionCount(g) - _before[g];
        }

        var paused = GC.GetTotalPauseDuration() - _pausedBefore;
        _allocated += GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        _paused += paused;
        if (ms > _slowest.Ms)
        {
            _slowest = (ms, GC.CollectionCount(2) - _before[2], paused);
        }
    }

    public string Describe(int runs) => string.Create(CultureInfo.InvariantCulture,
        $"{_allocated / (1024.0 * 1024 * runs):F1} MB allocated a request; collections a request gen0 {_collections[0] / (double)runs:F2} gen1 {_collections[1] / (double)runs:F2} gen2 {_collections[2] / (double)runs:F2}; paused {_paused.TotalMilliseconds / runs:F1} ms a request; slowest {_slowest.Ms:F0} ms with {_slowest.Gen2} gen2, paused {_slowest.Paused.TotalMilliseconds:F0} ms");
}
