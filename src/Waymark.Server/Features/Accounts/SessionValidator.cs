using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Checks a session cookie against its user on every request: the user must still exist and hold the security stamp
/// the cookie was issued under. Sign out everywhere and a password change replace the stamp, so every other session
/// ends with its next request, not after an interval (Identity's validator checks every 30 minutes by default, which
/// would leave a stolen cookie working that long). The price is one primary-key read per signed-in request.
/// </summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.UserId();
        var stamp = context.Principal?.FindFirst(SessionCookie.StampClaim)?.Value ?? "";
        var db = context.HttpContext.RequestServices.GetRequiredService<WaymarkDbContext>();
        var current = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.DisplayName })
                .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || !Same(current.SecurityStamp ?? "", stamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SessionCookie.Scheme);
        }
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
