using System.Text.RegularExpressions;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// A ClickHouse server's HTTP interface (Events:ClickHouse): its address, the database Waymark's tables live in (created
/// on start when missing) and the user it signs in as (HTTP basic authentication).
/// </summary>
public sealed partial class ClickHouseOptions
{
    public string Url { get; set; } = "http://127.0.0.1:8123/";

    public string Database { get; set; } = "waymark";

    public string User { get; set; } = "default";

    public string Password { get; set; } = "";

    /// <summary>Why these settings cannot work, or null.</summary>
    public string? Problem()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return $"Events:ClickHouse:Url must be an http(s) address such as http://127.0.0.1:8123/ (it is '{Url}').";
        }

        return DatabaseName().IsMatch(Database ?? "")
            ? null
            : $"Events:ClickHouse:Database must be letters, digits and underscores, starting with a letter or underscore (it is '{Database}').";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex DatabaseName();
}
