using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Kestrel asks this about every address it is about to listen on (from --urls, ASPNETCORE_URLS, HTTP_PORTS or the
/// Kestrel section), before it binds. With accounts off (Auth:Accounts=false) nobody signs in, so an address other
/// machines can reach would hand every workspace to whoever is on the network: only loopback (and local sockets) may
/// be used then. With accounts on, every workspace route needs a signed-in member, and any address may be used.
/// </summary>
internal static class ListenAddressGuard
{
    public static void Check(ListenOptions listen, bool accounts)
    {
        switch (listen.EndPoint)
        {
            case IPEndPoint ip when IsLoopback(ip.Address):
            case UnixDomainSocketEndPoint:
                return;
            case { } endPoint when !accounts:
                throw new UnsafeListenAddressException(Explain(endPoint));
            default:
                return;
        }
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string Explain(EndPoint endPoint)
    {
        var where = endPoint is IPEndPoint ip && (ip.Address.Equals(IPAddress.Any) || ip.Address.Equals(IPAddress.IPv6Any))
            ? $"every network interface (port {ip.Port}; a host name other than localhost, '*', '+' or 0.0.0.0 in the address means that)"
            : endPoint.ToString();
        return $"Refusing to listen on {where}: accounts are off (Auth:Accounts=false), so with no accounts yet to sign in to, "
            + "anyone who can reach that address could read and change every workspace. Turn accounts on (remove "
            + "Auth:Accounts=false) or listen on loopback only (the default, --urls=http://localhost:5080).";
    }
}
