using System.Net;

namespace Waymark.Server.Features.Security;

/// <summary>
/// The reverse proxies whose X-Forwarded-For, -Proto and -Host this server believes (section <c>Proxy</c>): single
/// addresses in <c>KnownProxies</c>, CIDR networks in <c>KnownNetworks</c>, each a list or one ';'- or ','-separated
/// string. None by default, unlike ASP.NET's loopback default (ADR 028): a page in a browser on this machine connects
/// from loopback too, and a rebinding page could then name itself localhost in X-Forwarded-Host.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to walk back through X-Forwarded-For (1: one proxy in front).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public static ProxyOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new ProxyOptions
        {
            KnownProxies = List(section.GetSection(nameof(KnownProxies))),
            KnownNetworks = List(section.GetSection(nameof(KnownNetworks))),
            ForwardLimit = section.GetValue(nameof(ForwardLimit), 1),
        };
    }

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(p => IPAddress.Parse(p));

    public IEnumerable<IPNetwork> Networks() => KnownNetworks.Select(n => IPNetwork.Parse(n));

    /// <summary>Why the settings cannot be used, or null when they can.</summary>
    public string? Problem()
    {
        if (KnownProxies.FirstOrDefault(p => !IPAddress.TryParse(p, out _)) is { } proxy)
        {
            return $"Proxy:KnownProxies entry '{proxy}' is not an IP address: give the address the reverse proxy connects "
                + "from, e.g. 127.0.0.1 or 10.0.0.5 (networks go in Proxy:KnownNetworks as 10.0.0.0/24).";
        }

        if (KnownNetworks.FirstOrDefault(n => !IPNetwork.TryParse(n, out _)) is { } network)
        {
            return $"Proxy:KnownNetworks entry '{network}' is not a network: give it as address/prefix length, e.g. "
                + "10.0.0.0/24 or fd00::/64.";
        }

        if (KnownNetworks.FirstOrDefault(n => IPNetwork.Parse(n).PrefixLength == 0) is { } everyone)
        {
            return $"Proxy:KnownNetworks entry '{everyone}' holds every address: anyone could then say which address, scheme "
                + "and host name they come from. List only the networks your proxies connect from.";
        }

        return ForwardLimit is < 1 or > 10
            ? "Proxy:ForwardLimit must be 1 to 10: the number of proxies in a row in front of Waymark." : null;
    }

    private static string[] List(IConfigurationSection section)
    {
        var values = section.Value is { } one ? [one] : section.GetChildren().Select(c => c.Value ?? "");
        return [.. values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}
