using Microsoft.Net.Http.Headers;

namespace Waymark.Server.Features.Common;

/// <summary>Versions as strong ETags ("3") and the If-Match check that guards every write.</summary>
internal static class ETags
{
    public static string For(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>Null when If-Match is absent; true when it names the current version (or is "*").</summary>
    public static bool? Matches(HttpRequest request, int currentVersion)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = For(currentVersion);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || string.Equals(t.Tag.Value, current, StringComparison.Ordinal));
    }
}
