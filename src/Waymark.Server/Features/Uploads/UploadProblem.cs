using Waymark.Analytics.Import;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// A row that was not imported: its 1-based line (null when the problem has no line of its own) and why, led by
/// where in the line; <see cref="Field"/> (the CSV field's 1-based position) and <see cref="Column"/> (its header
/// name, or the JSON member's path or XES key) when a field is to blame.
/// </summary>
public sealed record UploadProblem(long? Line, string Reason)
{
    public int? Field { get; init; }

    public string? Column { get; init; }

    public static UploadProblem From(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Line, problem.Located) { Field = problem.Field > 0 ? problem.Field : null, Column = problem.FieldName };
    }
}
