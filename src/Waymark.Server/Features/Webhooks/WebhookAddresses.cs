using System.Net;
using System.Net.Sockets;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Which addresses a webhook may not reach unless Webhooks:AllowPrivateAddresses is on: loopback, private, carrier
/// NAT, link-local (cloud metadata lives there), unspecified, multicast and broadcast, in IPv4 and IPv6 (mapped too).
/// </summary>
internal static class WebhookAddresses
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19);
        }

        var v6 = address.GetAddressBytes();
        return address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (v6[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }

    /// <summary>Why the host may not be used, or null: a literal private address or a local name.</summary>
    public static string? RefusedHost(string host)
    {
        var name = host.Trim('[', ']');
        if (IPAddress.TryParse(name, out var ip))
        {
            return IsPrivate(ip) ? $"{name} is a loopback, private or link-local address" : null;
        }

        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? $"{name} names this machine"
            : null;
    }
}
