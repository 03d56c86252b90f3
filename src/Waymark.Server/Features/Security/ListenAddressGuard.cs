using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Kestrel asks this about every address it is about to listen on (from --urls, ASPNETCORE_URLS, HTTP_PORTS or the
/// Kestrel section), before it binds. Until Waymark has accounts nobody signs in, so an address other machines can
/// reach would hand every workspace to whoever is on the network: only loopback (and local sockets) may be used.
/// </summary>
internal static class ListenAddressGuard
{
    public static void Check(ListenOptions listen)
    {
        switch (listen.EndPoint)
        {
            case IPEndPoint ip when IsLoopback(ip.Address):
            case UnixDomainSocketEndPoint:
                return;
            default:
                throw new UnsafeListenAddressException(Explain(listen.EndPoint));
        }
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string Explain(EndPoint endPoint)
    {
        var where = endPoint is IPEndPoint ip && (ip.Address.Equals(IPAddress.Any) || ip.Address.Equals(IPAddress.IPv6Any))
            ? $"every network interface (port {ip.Port}; a host name other than localhost, '*', '+' or 0.0.0.0 in the address means that)"
            : endPoint.ToString();
        return $"Refusing to listen on {where}: Waymark has no accounts yet, so anyone who can reach that address could read "
            + "and change every workspace. Listen on loopback only (the default, --urls=http://localhost:5080) and reach it from "
            + "elsewhere through an SSH tunnel (ssh -L 5080:localhost:5080 host) until accounts exist.";
    }
}
