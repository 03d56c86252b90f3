using System.Security.Cryptography;
using System.Text;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// The Standard Webhooks signature: HMAC-SHA256 with the secret's key over "{webhook-id}.{webhook-timestamp}.{body}",
/// base64, as "v1,&lt;signature&gt;"; with several secrets (during a rotation) the header holds one per secret, space-separated.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(string id, long timestamp, string body, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(s => "v1," + Compute(WebhookSecrets.KeyOf(s), id, timestamp, body)));

    public static string Compute(byte[] key, string id, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{id}.{timestamp}.{body}"));
        return Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
