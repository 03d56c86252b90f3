using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Ingest;

/// <summary>One token bucket per API key: a key may burst, then is held to the configured rate.</summary>
public sealed class IngestRateLimiter(IOptions<IngestOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);

    /// <summary>Null when the request may go on; else how long to wait before retrying.</summary>
    public TimeSpan? TryAcquire(string keyId)
    {
        var bucket = _buckets.GetOrAdd(keyId, _ => NewBucket(options.Value));
        using var lease = bucket.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) && retry > TimeSpan.Zero ? retry : TimeSpan.FromSeconds(1);
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }

    private static TokenBucketRateLimiter NewBucket(IngestOptions o) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, o.Burst),
        TokensPerPeriod = Math.Max(1, o.RequestsPerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });
}
