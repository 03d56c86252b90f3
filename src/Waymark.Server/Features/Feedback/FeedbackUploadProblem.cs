using Waymark.Analytics.Feedback.Import;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// A row of an uploaded feedback file that was not imported: its line, the column to blame (its header name, or the
/// JSON member's path; null when none is) with its 1-based position <see cref="Field"/> in a CSV, and why.
/// </summary>
public sealed record FeedbackUploadProblem(long Line, string? Column, string Problem)
{
    public int? Field { get; init; }

    public static FeedbackUploadProblem From(FeedbackProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Line, problem.Column, problem.Problem) { Field = problem.Field > 0 ? problem.Field : null };
    }
}
