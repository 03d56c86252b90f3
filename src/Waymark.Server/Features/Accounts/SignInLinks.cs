using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// One-time sign-in links: a token "id.secret" where only SHA-256 of the secret is stored. Redeeming looks the row up
/// by id, compares the hash in constant time, and marks it used with a conditional update, so two requests racing
/// with the same token cannot both sign in. The link carries the token in the URL fragment (#token=), which a browser
/// never sends to a server, so it does not end up in an access log.
/// </summary>
public static class SignInLinks
{
    public const string FirstStart = "first-start";
    public const string Reset = "reset";

    public static async Task<string> CreateAsync(WaymarkDbContext db, string userId, string purpose, TimeSpan lifetime, CancellationToken ct)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = DateTime.UtcNow;
        db.SignInLinks.Add(new SignInLinkEntity
        {
            Id = id, UserId = userId, SecretHash = Hash(secret), Purpose = purpose, CreatedAt = now, ExpiresAt = now + lifetime,
        });
        await db.SaveChangesAsync(ct);
        return id + "." + secret;
    }

    /// <summary>The link a person opens: the sign-in page with the token in the fragment.</summary>
    public static string Url(string baseUrl, string token) => baseUrl.TrimEnd('/') + "/signin#token=" + token;

    /// <summary>The mailed reset link: the page that signs in with the token and asks for the new password at once.</summary>
    public static string ResetUrl(string baseUrl, string token) => baseUrl.TrimEnd('/') + "/reset-password#token=" + token;

    /// <summary>The user the token signs in, or null when it is unknown, wrong, used or expired (all answered alike).</summary>
    public static async Task<string?> RedeemAsync(WaymarkDbContext db, string token, CancellationToken ct)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot > 64 || token.Length > 200)
        {
            return null;
        }

        var id = token[..dot];
        var now = DateTime.UtcNow;
        var link = await db.SignInLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (link is null || link.UsedAt is not null || link.ExpiresAt <= now
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token[(dot + 1)..])), Encoding.ASCII.GetBytes(link.SecretHash)))
        {
            return null;
        }

        var claimed = await db.SignInLinks.Where(l => l.Id == id && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), ct);
        return claimed == 1 ? link.UserId : null;
    }

    /// <summary>Unused links of one purpose die when a fresh one is printed, so only the newest works.</summary>
    public static Task<int> RevokeUnusedAsync(WaymarkDbContext db, string userId, string purpose, CancellationToken ct) =>
        db.SignInLinks.Where(l => l.UserId == userId && l.Purpose == purpose && l.UsedAt == null).ExecuteDeleteAsync(ct);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
