using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Sign-in attempts (password and link) per client address per minute, so guessing passwords or link tokens from one
/// place hits a wall long before lockout or luck matters. Lockout (per account) covers guessing from many places.
/// </summary>
internal static class AccountRateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.AddPolicy(SignIn, http =>
        {
            var perMinute = http.RequestServices.GetRequiredService<IOptions<AccountsOptions>>().Value.SignInsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        o.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            http.Response.Headers.RetryAfter = "60";
            await TypedResults.Problem("Too many sign-in attempts from this address; wait a minute and try again.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts").ExecuteAsync(http);
        };
    });
}
