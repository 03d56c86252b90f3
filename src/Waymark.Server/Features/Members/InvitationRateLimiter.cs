using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Features.Members;

/// <summary>
/// One token bucket per client address for everything that touches invitation links: creating them, reading one by
/// its token and accepting it. Guessing a secret of 256 bits is hopeless anyway; the limit keeps anyone from flooding
/// the table or mailing lists of addresses through the server.
/// </summary>
public sealed class InvitationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public InvitationRateLimiter(IOptions<InvitationOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = o.Burst,
            TokensPerPeriod = o.PerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the request may go on; else the problem to answer (429 with Retry-After).</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Refuse(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(ClientAddress.Of(http.Connection.RemoteIpAddress));
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) && retry > TimeSpan.Zero ? retry : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem($"Too many invitation requests from this address; try again in {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
    }

    public void Dispose() => _limiter.Dispose();
}
