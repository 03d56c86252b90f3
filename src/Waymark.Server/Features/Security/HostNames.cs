namespace Waymark.Server.Features.Security;

/// <summary>Whether a request's Host header names this server: a loopback name or a configured one, any port.</summary>
internal static class HostNames
{
    public static bool IsAllowed(HostString host, AllowedHostsOptions options)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host;
        return Matches(name, AllowedHostsOptions.LoopbackNames) || Matches(name, options.Names);
    }

    private static bool Matches(string name, IReadOnlyList<string> allowed)
    {
        foreach (var entry in allowed)
        {
            if (entry.StartsWith("*.", StringComparison.Ordinal)
                ? name.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase) && name.Length > entry.Length - 1
                : string.Equals(name, entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
