using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// Writes and reads the guest cookie: HttpOnly (scripts never see it), SameSite=Strict (a guest only ever needs it on
/// Waymark's own requests, and a cross-site request then carries nothing), Secure under HTTPS, path /api, holding a
/// time-limited data-protected <see cref="GuestTicket"/>.
/// </summary>
internal sealed class GuestTickets(IDataProtectionProvider protection, IOptions<SharingOptions> options)
{
    public const string CookieName = "waymark_guest";

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Waymark.Sharing.GuestTicket.v1").ToTimeLimitedDataProtector();

    public void Write(HttpContext http, GuestTicket ticket)
    {
        var lifetime = TimeSpan.FromHours(options.Value.GuestHours);
        var value = _protector.Protect(JsonSerializer.Serialize(ticket), lifetime);
        http.Response.Cookies.Append(CookieName, value, Options(http, DateTimeOffset.UtcNow + lifetime));
    }

    public void Clear(HttpContext http) => http.Response.Cookies.Delete(CookieName, Options(http, null));

    /// <summary>The request's ticket, or null when it has none or one that was tampered with or has run out.</summary>
    public GuestTicket? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<GuestTicket>(_protector.Unprotect(value));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext http, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/api",
        Expires = expires,
        IsEssential = true,
    };
}
