using System.Net;
using System.Net.Sockets;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Whom a rate limit per client counts: the remote IPv4 address, or the /64 network of an IPv6 one (one host
/// usually holds a whole /64, so counting single IPv6 addresses would let it pick a fresh one per request).
/// </summary>
internal static class ClientAddress
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown"; // an in-process test host has no socket
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
