namespace Waymark.Core.FileFormat.Internals;

/// <summary>Builds JSON paths the way problems show them: "lanes[3].cells.stp_x.emotions[0].score".</summary>
internal static class DocPath
{
    public const string Root = MapProblem.DocumentPath;

    public static string Property(string parent, string name)
    {
        if (IsSimple(name))
        {
            return parent == Root ? name : string.Concat(parent, ".", name);
        }

        var quoted = string.Concat("[\"", name.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal), "\"]");
        return parent == Root ? string.Concat(Root, quoted) : string.Concat(parent, quoted);
    }

    public static string Index(string parent, int index) =>
        string.Concat(parent, "[", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "]");

    /// <summary>The enclosing path ("a.b[2].c" -> "a.b[2]" -> "a.b"), or null at the root.</summary>
    public static string? Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut > 0 ? path[..cut] : null;
    }

    private static bool IsSimple(string name)
    {
        if (name.Length == 0 || name.Length > 200)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
