using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Accounts;

/// <summary>The account routes' refusals as problem details that say why without telling which emails exist.</summary>
internal static class AccountProblems
{
    public static ProblemHttpResult AccountsOff() => TypedResults.Problem(
        "This server runs without accounts (Auth:Accounts=false): there is nothing to sign in to.",
        statusCode: StatusCodes.Status404NotFound, title: "Accounts are off");

    public static ProblemHttpResult WrongCredentials() => TypedResults.Problem(
        "The email or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");

    public static ProblemHttpResult LockedOut(DateTimeOffset until) => TypedResults.Problem(
        $"Too many wrong passwords: this account is locked until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC. "
        + "Wait, or ask an administrator for a sign-in link (waymark users reset-password EMAIL).",
        statusCode: StatusCodes.Status403Forbidden, title: "Account locked");

    public static ProblemHttpResult BadLink() => TypedResults.Problem(
        "This sign-in link does not work: it was used already, it expired, or it was copied incompletely. "
        + "Ask for a new one (waymark users reset-password EMAIL on the server).",
        statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in link not valid");

    public static ProblemHttpResult SignInRequired() => TypedResults.Problem(
        "Sign in first.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign in required");
}
