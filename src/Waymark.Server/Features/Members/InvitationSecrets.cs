using System.Security.Cryptography;
using System.Text;

namespace Waymark.Server.Features.Members;

/// <summary>
/// An invitation's token is "{invitationId}.{secret}": the id finds the row, the secret (32 random bytes, base64url)
/// proves the holder got the link. Only the SHA-256 of the secret is stored (256 random bits need no salt or slow
/// hash), compared in constant time. The token travels in the link's fragment (/invite#token=...), which browsers never
/// send to a server, so it stays out of access logs and Referer headers.
/// </summary>
internal static class InvitationSecrets
{
    public const string IdPrefix = "inv";
    private const int SecretLength = 43;

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Token(string invitationId, string secret) => invitationId + "." + secret;

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The id and secret of a well-formed token; null for anything else.</summary>
    public static (string Id, string Secret)? Parse(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length - dot - 1 != SecretLength || dot > 64 || !token.StartsWith(IdPrefix + "_", StringComparison.Ordinal))
        {
            return null;
        }

        return (token[..dot], token[(dot + 1)..]);
    }

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
