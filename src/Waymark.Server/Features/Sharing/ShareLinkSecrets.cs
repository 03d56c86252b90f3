using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// The secrets of a share link. A token is "{link id}.{secret}": the id finds the row, and the secret (32 random bytes,
/// base64url) is compared with the stored SHA-256 in constant time. A hash that fast is enough for a secret that long;
/// a passcode people choose is short, so it gets the framework's PBKDF2 password hasher instead.
/// </summary>
internal static class ShareLinkSecrets
{
    private static readonly PasswordHasher<ShareLinkEntity> Hasher = new();

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Token(string linkId, string secret) => linkId + "." + secret;

    /// <summary>The link id and secret of a token, or null when it is not shaped like one.</summary>
    public static (string LinkId, string Secret)? Split(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || dot == token.Length - 1 || token.Length > 200)
        {
            return null;
        }

        return (token[..dot], token[(dot + 1)..]);
    }

    public static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool SecretMatches(ShareLinkEntity link, string secret) => CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(HashSecret(secret)), Encoding.ASCII.GetBytes(link.SecretHash));

    public static string HashPasscode(ShareLinkEntity link, string passcode) => Hasher.HashPassword(link, passcode);

    /// <summary>The hasher compares in constant time itself.</summary>
    public static bool PasscodeMatches(ShareLinkEntity link, string passcode)
        => link.PasscodeHash is not null && Hasher.VerifyHashedPassword(link, link.PasscodeHash, passcode) != PasswordVerificationResult.Failed;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
