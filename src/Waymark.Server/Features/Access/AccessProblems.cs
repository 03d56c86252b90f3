namespace Waymark.Server.Features.Access;

/// <summary>The answers of the access check, as problem details.</summary>
public static class AccessProblems
{
    public static IResult SignInRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized, title: "Sign in required",
        detail: "Sign in to reach this workspace.");

    public static IResult RoleRequired(WorkspaceRole needed, WorkspaceRole held) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
        detail: $"This needs the {Name(needed)} role in the workspace; you are a {Name(held)}.");

    public static string Name(WorkspaceRole role) => role.ToString().ToLowerInvariant();
}
