using System.Text.RegularExpressions;

namespace Waymark.Browser.Tests;

/// <summary>
/// The workspace's activity list as a test stubs it: with or without a query (the map's data view asks for its
/// map's source with ?mapId=, which a plain glob would not match).
/// </summary>
internal static partial class ActivitiesRoute
{
    public static Regex Url => Pattern();

    [GeneratedRegex(@"/api/workspaces/[^/?]+/activities(\?|$)")]
    private static partial Regex Pattern();
}
