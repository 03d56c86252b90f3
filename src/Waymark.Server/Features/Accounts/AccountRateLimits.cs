using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.Ingest;
using Waymark.Server.Features.Members;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Every limit on the routes people use to get in, as named policies of ASP.NET Core's rate limiter (one mechanism,
/// one 429 answer with Retry-After): sign-in attempts per client address and minute; invitation requests (create,
/// preview, accept) per address as a token bucket; password-reset requests per address and hour. A reset is also
/// limited per email address, whoever asks, by the limiter's global partition keyed by the email the request names
/// (<see cref="RateLimitEmail"/> reads it before the limiter runs), so nobody can fill a mailbox with reset mail.
/// </summary>
internal static class AccountRateLimits
{
    public const string SignIn = "sign-in";
    public const string Invitations = "invitations";
    public const string PasswordReset = "password-reset";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(Address(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Accounts(http).SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));
        o.AddPolicy(Invitations, http => RateLimitPartition.GetTokenBucketLimiter(Address(http), _ =>
        {
            var options = http.RequestServices.GetRequiredService<IOptions<InvitationOptions>>().Value;
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.Burst, TokensPerPeriod = options.PerMinute, ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0, AutoReplenishment = true,
            };
        }));
        o.AddPolicy(PasswordReset, http => RateLimitPartition.GetFixedWindowLimiter(Address(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Accounts(http).ResetRequestsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0,
        }));
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitEmail.Of(http) is { } email
            ? RateLimitPartition.GetFixedWindowLimiter("email:" + email, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Accounts(http).ResetMailsPerEmailPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));
        o.OnRejected = RejectAsync;
    });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) && retry > TimeSpan.Zero ? retry : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var what = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName switch
        {
            Invitations => "invitation requests from this address",
            PasswordReset => "password-reset requests from this address or for this email address",
            _ => "sign-in attempts from this address",
        };
        await TypedResults.Problem($"Too many {what}; try again in {Wait(seconds)}.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(http);
    }

    private static string Wait(int seconds) => seconds >= 120
        ? ((seconds + 59) / 60).ToString(CultureInfo.InvariantCulture) + " minutes"
        : seconds.ToString(CultureInfo.InvariantCulture) + " seconds";

    private static AccountsOptions Accounts(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value;

    private static string Address(HttpContext http) => ClientAddress.Of(http.Connection.RemoteIpAddress);
}
