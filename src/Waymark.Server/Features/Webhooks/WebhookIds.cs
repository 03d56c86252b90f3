using System.Security.Cryptography;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Delivery ids: "msg_" + 26 Crockford base32 characters, a ULID (48 bits of milliseconds, 80 random bits), so ids
/// sort by creation time and the delivery log pages by id. Within one millisecond this process counts the random
/// part up (monotonic ULIDs), so a batch enqueued together keeps its order too.
/// </summary>
internal static class WebhookIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    public static string New(DateTimeOffset now)
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        var randomPart = UInt128.Zero;
        foreach (var b in random)
        {
            randomPart = (randomPart << 8) | b; // 80 bits, below the 48 of time
        }

        var value = ((UInt128)(ulong)now.ToUnixTimeMilliseconds() << 80) | randomPart;
        lock (Gate)
        {
            value = value > _last ? value : _last + 1;
            _last = value;
        }

        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return string.Concat("msg_", chars);
    }
}
