namespace Waymark.Server.Features.Security;

/// <summary>
/// Antiforgery for signed-in browser sessions, on top of the cross-site guards: a cookie rides along with any request
/// the browser makes, so every change made under a session cookie must also carry a token only Waymark's own page can
/// read (GET /api/account/me hands it out) in <see cref="HeaderName"/>. API-key ingestion has no session and is exempt.
/// </summary>
public static class SessionAntiforgery
{
    public const string HeaderName = "X-Waymark-Antiforgery";
    public const string CookieName = "waymark_antiforgery";

    internal static IServiceCollection AddSessionAntiforgery(this IServiceCollection services) => services.AddAntiforgery(o =>
    {
        o.HeaderName = HeaderName;
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.SuppressXFrameOptionsHeader = true; // SecurityHeadersMiddleware sets frame rules for every answer
    });

    internal static WebApplication UseSessionAntiforgery(this WebApplication app)
    {
        app.UseMiddleware<SessionAntiforgeryMiddleware>();
        return app;
    }
}
