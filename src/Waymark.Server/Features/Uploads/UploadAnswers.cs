using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// The refusals every upload (events or feedback) answers with, in the same words. A refusal for a limit names its
/// setting in the detail and in the "setting" member, so a client (or an operator) knows what to change.
/// </summary>
internal static class UploadAnswers
{
    /// <summary>Seconds a refused upload is told to wait before it tries again (Retry-After).</summary>
    public const int RetryAfterSeconds = 10;

    public static ProblemHttpResult TooLarge(string detail, string? setting = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            extensions: setting is null ? null : new Dictionary<string, object?> { ["setting"] = setting });

    /// <summary>413 for a file over Imports:MaxUploadBytes.</summary>
    public static ProblemHttpResult OverUploadLimit(long limit, string cli) => TooLarge(string.Create(CultureInfo.InvariantCulture,
        $"The file is larger than {limit:N0} bytes, the most one upload may be (Imports:MaxUploadBytes). Split it, or send it with `{cli}`."),
        "Imports:MaxUploadBytes");

    /// <summary>413 for a file over Imports:MaxRows; reading stopped there, so the file's own count is not known.</summary>
    public static ProblemHttpResult TooManyRows(long limit, string cli) => TooLarge(string.Create(CultureInfo.InvariantCulture,
        $"The file has more than {limit:N0} rows, the most one upload may hold (Imports:MaxRows); reading stopped there and nothing was imported. Split it, or send it with `{cli}`."),
        "Imports:MaxRows");

    /// <summary>503 with Retry-After when Imports:MaxConcurrentUploads uploads are being read and none finished in time.</summary>
    public static ProblemHttpResult Busy(HttpResponse response, int concurrent)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(string.Create(CultureInfo.InvariantCulture,
                $"{concurrent} uploads are being read, the most at once (Imports:MaxConcurrentUploads). Nothing was read from this one: send it again in {RetryAfterSeconds} s."),
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Uploads busy",
            extensions: new Dictionary<string, object?> { ["setting"] = "Imports:MaxConcurrentUploads" });
    }

    /// <summary>
    /// 422 for a file that cannot be read as a whole, led by what stopped it (its line and why) when that is known,
    /// with the feature's own problem rows in "problems".
    /// </summary>
    public static ProblemHttpResult Unreadable<TProblem>(string? cause, TProblem[] problems) =>
        TypedResults.Problem($"The file cannot be read as a whole: {(cause is null ? "" : cause + ". ")}Nothing was imported.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unreadable file",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    public static ProblemHttpResult Rejected(UploadRejectedException e)
    {
        var extensions = new Dictionary<string, object?>();
        if (e.Line is { } line)
        {
            extensions["problems"] = new[] { new UploadProblem(line, e.Message) };
        }

        if (e.Setting is { } setting)
        {
            extensions["setting"] = setting;
        }

        return TypedResults.Problem(e.Message, statusCode: e.Status, title: e.Title, extensions: extensions.Count > 0 ? extensions : null);
    }
}
