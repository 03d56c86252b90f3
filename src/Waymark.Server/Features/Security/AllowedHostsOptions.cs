namespace Waymark.Server.Features.Security;

/// <summary>
/// The host names the server answers to, from the standard <c>AllowedHosts</c> setting (';'-separated, as ASP.NET
/// reads it; "*.example.com" for subdomains). Loopback names are always allowed: a page can only send
/// <c>Host: localhost</c> when it was itself loaded from this machine. Defaults live here, not in appsettings.json,
/// because `waymark serve` runs without that file.
/// </summary>
public sealed class AllowedHostsOptions
{
    public const string ConfigKey = "AllowedHosts";

    /// <summary>What a browser on this machine calls it; any port.</summary>
    public static readonly IReadOnlyList<string> LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The names configured on top of the loopback ones, lower case.</summary>
    public IReadOnlyList<string> Names { get; set; } = [];

    public static AllowedHostsOptions From(IConfiguration configuration)
    {
        var value = configuration[ConfigKey] ?? "";
        var names = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new AllowedHostsOptions { Names = [.. names.Select(n => n.ToLowerInvariant())] };
    }

    /// <summary>Why the configured names cannot be used, or null when they can.</summary>
    public string? Problem()
    {
        if (Names.Any(n => n == "*"))
        {
            return "AllowedHosts is '*': any web page whose host name is pointed at this machine (DNS rebinding) could then "
                + "read and change every workspace, and until Waymark has accounts nothing else stops it. Remove the setting "
                + "(localhost, 127.0.0.1 and [::1] are always allowed) or list the names you reach this server by, "
                + "e.g. --AllowedHosts=waymark.lan.";
        }

        var bad = Names.FirstOrDefault(n => n.Contains(':', StringComparison.Ordinal) && !n.StartsWith('[')
            || n.Contains('/', StringComparison.Ordinal) || n.IndexOf('*', 1) >= 0 || n.StartsWith('*') && !n.StartsWith("*.", StringComparison.Ordinal));
        return bad is null ? null
            : $"AllowedHosts entry '{bad}' is not a host name: give names without scheme or port (any port is allowed), "
              + "e.g. 'waymark.lan' or '*.example.com'.";
    }
}
