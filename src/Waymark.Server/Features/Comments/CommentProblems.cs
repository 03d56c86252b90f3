using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Comments;

/// <summary>The comment routes' own answers: a body or anchor that cannot be used, a comment that is not the caller's.</summary>
internal static class CommentProblems
{
    /// <summary>400 (malformed) or 422 (well formed, but names a place or member that is not there) at a JSON path.</summary>
    public static ProblemHttpResult Invalid(string path, string message, bool unprocessable) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path] = [message] })
        {
            Status = unprocessable ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest,
            Title = unprocessable ? "The comment names something that is not there" : "The comment is not valid",
            Detail = $"{path}: {message}",
        });

    public static ProblemHttpResult NotYours(string what) => TypedResults.Problem(
        $"Only its author can {what} a comment{(what == "delete" ? "; a workspace owner may delete any" : "")}.",
        statusCode: StatusCodes.Status403Forbidden, title: "Not your comment");
}
