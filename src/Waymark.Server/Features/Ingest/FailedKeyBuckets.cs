using System.Collections.Concurrent;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// A token bucket per client address for requests whose key was missing, unknown or revoked: only failures take a
/// token, and the level is worked out from the time when asked, so no timer runs per address. Full buckets (addresses
/// that stopped failing) are swept out as the table grows, so many addresses cost memory only while they fail.
/// </summary>
internal sealed class FailedKeyBuckets(int burst, int perMinute, TimeProvider time)
{
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly double _perTick = perMinute / (double)TimeSpan.TicksPerMinute;
    private int _nextSweep = SweepAbove;

    /// <summary>Null when the address may try a key; else how long until it may try again.</summary>
    public TimeSpan? Wait(string address)
    {
        if (!_buckets.TryGetValue(address, out var bucket))
        {
            return null;
        }

        lock (bucket)
        {
            var tokens = Level(bucket);
            return tokens >= 1 ? null : TimeSpan.FromTicks((long)Math.Ceiling((1 - tokens) / _perTick));
        }
    }

    public void Failed(string address)
    {
        var bucket = _buckets.GetOrAdd(address, _ => new Bucket(burst, time.GetUtcNow().UtcTicks));
        lock (bucket)
        {
            bucket.Tokens = Math.Max(0, Level(bucket) - 1);
        }

        if (_buckets.Count > Volatile.Read(ref _nextSweep))
        {
            Sweep();
        }
    }

    /// <summary>How many addresses are being counted (for tests of the sweep).</summary>
    public int Count => _buckets.Count;

    /// <summary>Refills the bucket up to now and returns its level; call under the bucket's lock.</summary>
    private double Level(Bucket bucket)
    {
        var now = time.GetUtcNow().UtcTicks;
        bucket.Tokens = Math.Min(burst, bucket.Tokens + (Math.Max(0, now - bucket.At) * _perTick));
        bucket.At = now;
        return bucket.Tokens;
    }

    private void Sweep()
    {
        foreach (var (address, bucket) in _buckets)
        {
            lock (bucket)
            {
                if (Level(bucket) >= burst)
                {
                    _buckets.TryRemove(address, out _);
                }
            }
        }

        // Sweep again only when the table has doubled, so a flood of failing addresses costs O(1) per request overall.
        Volatile.Write(ref _nextSweep, Math.Max(SweepAbove, _buckets.Count * 2));
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;
    }
}
