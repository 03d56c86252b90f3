namespace Waymark.Core.FileFormat;

/// <summary>One thing wrong with a map document: where (a JSON path such as "stages[2].steps[0]") and why.</summary>
public sealed record MapProblem(string Path, string Message)
{
    /// <summary>The path of problems with the document as a whole (syntax errors, size, encoding).</summary>
    public const string DocumentPath = "$";

    /// <summary>The 1-based line in the source text, when the problem was found while parsing text.</summary>
    public int? Line { get; init; }

    public override string ToString() => Line is { } line ? $"{Path} (line {line}): {Message}" : $"{Path}: {Message}";
}
