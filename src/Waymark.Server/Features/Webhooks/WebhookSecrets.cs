using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Signing secrets in the Standard Webhooks format, "whsec_" + base64 of 32 random bytes. The server must sign, so
/// the store keeps them protected with ASP.NET Data Protection rather than hashed; they never go into logs or URLs.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string Prefix = "whsec_";

    private readonly IDataProtector _protector = protection.CreateProtector("Waymark.Webhooks.Secret.v1");

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key bytes of a secret: the base64 after the prefix.</summary>
    public static byte[] KeyOf(string secret) => Convert.FromBase64String(secret[Prefix.Length..]);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string stored) => _protector.Unprotect(stored);
}
