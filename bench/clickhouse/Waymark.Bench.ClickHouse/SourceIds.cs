using System.Text.RegularExpressions;

namespace Waymark.Bench.ClickHouse;

/// <summary>The source id the server gave the ingested events, checked before the harness puts it in its own SQL.</summary>
internal static partial class SourceIds
{
    public static string Checked(string id) =>
        Plain().IsMatch(id) ? id : throw new InvalidOperationException($"unexpected source id '{id}' (letters, digits, '_' and '-' only)");

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Plain();
}
