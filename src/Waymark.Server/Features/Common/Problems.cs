using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Common;

/// <summary>RFC 7807 answers used across features, so every error reads the same way.</summary>
internal static class Problems
{
    /// <summary>400 with every problem under "errors", keyed by JSON path.</summary>
    public static ValidationProblem Invalid(IReadOnlyList<MapProblem> problems, string title = "The document is not a valid Waymark document")
    {
        var errors = problems
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(Message).ToArray(), StringComparer.Ordinal);
        var detail = problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} problems; see errors.";
        return TypedResults.ValidationProblem(errors, detail, title: title);
    }

    public static ValidationProblem Invalid(string path, string message) => Invalid([new MapProblem(path, message)]);

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"No {what} with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"{Capital(what)} not found");

    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        $"The request body is larger than {limit:N0} bytes, the most a map document may be.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Document too large");

    public static ProblemHttpResult IfMatchRequired() => TypedResults.Problem(
        "Send the ETag you read in an If-Match header so a stale write cannot overwrite someone else's change.",
        statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required");

    public static ProblemHttpResult Stale(string what, int version, string? by, DateTime at) => TypedResults.Problem(
        $"The {what} was changed{(string.IsNullOrEmpty(by) ? "" : " by " + by)} at {at:yyyy-MM-dd HH:mm:ss} UTC " +
        $"and is now at version {version}. Reload it, or send If-Match: {ETags.For(version)} to overwrite.",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale write",
        extensions: new Dictionary<string, object?>
        {
            ["currentVersion"] = version,
            ["updatedBy"] = by,
            ["updatedAt"] = at,
        });

    /// <summary>409 for a write without If-Match that another request's write overtook while it was being saved.</summary>
    public static ProblemHttpResult Overtaken(string what, int version) => TypedResults.Problem(
        $"Another request changed the {what} while this one was being saved, so nothing was written. Read it again " +
        $"(it is now at version {version}) and repeat the change; send If-Match: {ETags.For(version)} to make sure it applies to what you read.",
        statusCode: StatusCodes.Status409Conflict, title: "Conflicting write",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = version });

    private static string Message(MapProblem p) =>
        p.Line is { } line ? $"line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {p.Message}" : p.Message;

    private static string Capital(string s) => string.Concat(s[..1].ToUpperInvariant(), s[1..]);
}
