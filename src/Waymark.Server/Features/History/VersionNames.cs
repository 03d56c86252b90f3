using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.History;

/// <summary>What a version's name may be: 1 to 100 characters once trimmed, on one line. It is text, shown as text.</summary>
internal static class VersionNames
{
    public const int MaxLength = 100;

    public static (string? Name, MapProblem? Problem) Check(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, new MapProblem("name", "a version needs a name, such as 'after the workshop'"));
        }

        if (trimmed.Length > MaxLength)
        {
            return (null, new MapProblem("name", $"a version's name may have at most {MaxLength} characters (this one has {trimmed.Length})"));
        }

        return trimmed.Any(char.IsControl)
            ? (null, new MapProblem("name", "a version's name may not hold control characters (line breaks, tabs)"))
            : (trimmed, null);
    }
}
