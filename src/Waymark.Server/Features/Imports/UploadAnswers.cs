using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Imports;

/// <summary>The refusals every upload (events or feedback) answers with, in the same words.</summary>
internal static class UploadAnswers
{
    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

    /// <summary>413 for a file over Imports:MaxUploadBytes.</summary>
    public static ProblemHttpResult OverUploadLimit(long limit, string cli) => TooLarge(string.Create(CultureInfo.InvariantCulture,
        $"The file is larger than {limit:N0} bytes, the most one upload may be (Imports:MaxUploadBytes). Split it, or send it with `{cli}`."));

    /// <summary>413 for a file over Imports:MaxRows.</summary>
    public static ProblemHttpResult TooManyRows(long rows, long limit, string cli) => TooLarge(string.Create(CultureInfo.InvariantCulture,
        $"The file has {rows:N0} rows; one upload takes at most {limit:N0} (Imports:MaxRows). Split it, or send it with `{cli}`."));

    public static ProblemHttpResult Rejected(UploadRejectedException e) => TypedResults.Problem(e.Message, statusCode: e.Status, title: e.Title,
        extensions: e.Line is { } line ? new Dictionary<string, object?> { ["problems"] = new[] { new UploadProblem(line, e.Message) } } : null);
}
