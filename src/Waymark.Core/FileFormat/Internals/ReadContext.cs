namespace Waymark.Core.FileFormat.Internals;

/// <summary>What reading a tree into the model collects: every problem, and the source line of every object path.</summary>
internal sealed class ReadContext
{
    public ReadContext(List<MapProblem> problems) => Problems = problems;

    public List<MapProblem> Problems { get; }

    /// <summary>Source lines by path, so problems found later (by the validator) can point into the file too.</summary>
    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    public void Report(string path, string message, int line) =>
        Problems.Add(new MapProblem(path, message) { Line = line > 0 ? line : null });

    public void WrongType(string path, DocNode node, string expected)
    {
        var hint = node.Kind == DocKind.Null ? " (leave the property out instead)" : "";
        Report(path, $"expected {expected}, found {node.Describe()}{hint}", node.Line);
    }
}
