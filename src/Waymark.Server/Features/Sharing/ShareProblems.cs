using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Sharing;

/// <summary>The answers a guest gets when a link does not open; none of them tells a wrong token from a missing link.</summary>
internal static class ShareProblems
{
    public static ProblemHttpResult LinkNotFound() => TypedResults.Problem(
        "This share link does not exist. Check that it was copied whole.", statusCode: StatusCodes.Status404NotFound, title: "Share link not found");

    public static ProblemHttpResult LinkGone(bool revoked) => TypedResults.Problem(
        revoked ? "The owner of this map revoked the link. Ask them for a new one." : "This share link has expired. Ask the owner of the map for a new one.",
        statusCode: StatusCodes.Status410Gone, title: revoked ? "Share link revoked" : "Share link expired");

    public static ProblemHttpResult PasscodeRequired(bool wrong) => TypedResults.Problem(
        wrong ? "That passcode is not the link's passcode." : "This link is protected by a passcode.",
        statusCode: StatusCodes.Status401Unauthorized, title: wrong ? "Wrong passcode" : "Passcode required",
        extensions: new Dictionary<string, object?> { ["passcodeRequired"] = true });

    public static ProblemHttpResult TooManyAttempts(HttpResponse response, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem($"Too many wrong passcodes or links from here. Try again in {seconds.ToString(CultureInfo.InvariantCulture)} s.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    public static ProblemHttpResult NoSession() => TypedResults.Problem(
        "This browser has no open share link, or the link was revoked or has expired.",
        statusCode: StatusCodes.Status404NotFound, title: "No shared map");
}
