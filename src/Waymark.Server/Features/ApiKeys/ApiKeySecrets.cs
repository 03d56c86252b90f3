using System.Security.Cryptography;
using System.Text;

namespace Waymark.Server.Features.ApiKeys;

/// <summary>
/// Key format: "wmk_" + 43 base64url characters (32 random bytes). The first 16 characters are the prefix that
/// finds the row; the store keeps only the SHA-256 of the whole key (a salt or slow hash adds nothing for 256
/// random bits), compared in constant time.
/// </summary>
internal static class ApiKeySecrets
{
    public const string Scheme = "wmk_";
    public const int PrefixLength = 16;

    public static string NewKey() => Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string PrefixOf(string key) => key[..PrefixLength];

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool LooksValid(string key) => key.Length == Scheme.Length + 43 && key.StartsWith(Scheme, StringComparison.Ordinal);

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
