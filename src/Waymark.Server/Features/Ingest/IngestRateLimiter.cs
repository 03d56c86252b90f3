using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// The ingestion rate limits. One token bucket per API key: a key may burst, then is held to the configured rate.
/// One per client address for requests whose key was missing, unknown or revoked (<see cref="FailedKeyBuckets"/>): an
/// address out of tokens is refused before its key is looked up.
/// </summary>
public sealed class IngestRateLimiter : IDisposable
{
    private readonly IngestOptions _options;
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly FailedKeyBuckets _failedKeys;

    public IngestRateLimiter(IOptions<IngestOptions> options, TimeProvider? time = null)
    {
        _options = options.Value;
        _failedKeys = new FailedKeyBuckets(_options.FailedKeyBurst, _options.FailedKeysPerMinute, time ?? TimeProvider.System);
    }

    /// <summary>Null when the request may go on; else how long to wait before retrying.</summary>
    public TimeSpan? TryAcquire(string keyId)
    {
        var bucket = _buckets.GetOrAdd(keyId, _ => NewBucket(_options));
        using var lease = bucket.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) && retry > TimeSpan.Zero ? retry : TimeSpan.FromSeconds(1);
    }

    /// <summary>Null when the address may still try a key; else how long it must wait (it has failed too often).</summary>
    public TimeSpan? FailedKeyWait(string address) => _failedKeys.Wait(address);

    /// <summary>Counts a request from the address whose key was missing, unknown or revoked.</summary>
    public void FailedKey(string address) => _failedKeys.Failed(address);

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
