using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Explorer;

/// <summary>What a tag's name may be, and its key (the unique, case-blind form).</summary>
internal static class TagNames
{
    public const int MaxLength = 100;

    public static (string? Name, MapProblem? Problem) Check(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            return (null, new MapProblem("name", "a tag needs a name"));
        if (trimmed.Length > MaxLength)
            return (null, new MapProblem("name", $"a tag's name may have at most {MaxLength} characters"));
        if (trimmed.Any(char.IsControl))
            return (null, new MapProblem("name", "a tag's name may not hold control characters (line breaks, tabs)"));
        return (trimmed, null);
    }

    public static string Key(string name) => name.ToLowerInvariant();
}
