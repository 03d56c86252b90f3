using Waymark.Core.Maps;

namespace Waymark.Cli;

/// <summary>Map kinds as the file format spells them (camelCase), for tables and messages.</summary>
internal static class KindNames
{
    public static string Of(MapKind kind)
    {
        var name = kind.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }
}
