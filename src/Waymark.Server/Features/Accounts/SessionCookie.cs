using System.Security.Claims;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// The session cookie: who the user is (id, name), the security stamp it was issued under (compared on every request
/// by <see cref="SessionValidator"/>, so a changed stamp ends every other session at once) and how they signed in.
/// Roles are not in the cookie: they are read from workspace_members per request, so a role change applies at once.
/// </summary>
public static class SessionCookie
{
    public const string Scheme = "WaymarkSession";
    public const string CookieName = "waymark_session";
    public const string StampClaim = "waymark:stamp";
    public const string MethodClaim = "waymark:signed-in-with";

    /// <summary>The session's way in: a password, or a one-time link (which may then set a password without the old one).</summary>
    public const string ByPassword = "password";
    public const string ByLink = "link";

    public static ClaimsPrincipal Principal(WaymarkUser user, string method)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Email, user.Email ?? ""),
            new Claim(StampClaim, user.SecurityStamp ?? ""),
            new Claim(MethodClaim, method),
        ], Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in user's id, or null for an anonymous request.</summary>
    public static string? UserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}
