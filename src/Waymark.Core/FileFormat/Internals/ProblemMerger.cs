namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// Adds the validator's problems to the reader's: skips what the reader already reported at the same path, and gives
/// each the source line of the nearest enclosing object.
/// </summary>
internal static class ProblemMerger
{
    public static void AddValidation(List<MapProblem> problems, IReadOnlyList<MapProblem> found, Dictionary<string, int> lines)
    {
        var reported = new HashSet<string>(problems.Select(p => p.Path), StringComparer.Ordinal);
        foreach (var problem in found)
        {
            if (!reported.Contains(problem.Path))
            {
                problems.Add(problem with { Line = LineOf(problem.Path, lines) });
            }
        }
    }

    private static int? LineOf(string path, Dictionary<string, int> lines)
    {
        for (var current = path; current is not null; current = DocPath.Parent(current))
        {
            if (lines.TryGetValue(current, out var line) && line > 0)
            {
                return line;
            }
        }

        return null;
    }
}
