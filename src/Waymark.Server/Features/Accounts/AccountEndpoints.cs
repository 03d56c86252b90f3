using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts.Oidc;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// The account of whoever calls: who am I, sign in (password or one-time link), sign out (here or everywhere) and
/// change password. Outside the workspace group: these are about a person, not a workspace.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapGet("/me", Me).WithName("GetAccount")
            .WithSummary("Who is signed in, with the antiforgery token to send on changes (accounts off: the local owner).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/sign-in", AccountSignIn.WithPasswordAsync).WithName("SignIn")
            .WithSummary("Signs in with email and password; locks the account after repeated failures.")
            .RequireRateLimiting(AccountRateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/sign-in/link", AccountSignIn.WithLinkAsync).WithName("SignInWithLink")
            .WithSummary("Signs in with a one-time link's token (from the #token= part of the link); each token works once.")
            .RequireRateLimiting(AccountRateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/sign-out", SignOutHere).WithName("SignOut").WithSummary("Ends this session.");
        group.MapPost("/sign-out-everywhere", AccountSessions.SignOutEverywhereAsync).WithName("SignOutEverywhere")
            .WithSummary("Ends every session of this account, on every device, at once.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/password", AccountSessions.ChangePasswordAsync).WithName("ChangePassword")
            .WithSummary("Sets a new password; other sessions end, this one stays.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPasswordReset();
        group.MapSingleSignOn();
        return app;
    }

    public static async Task<Results<Ok<AccountDto>, ProblemHttpResult>> Me(
        HttpContext http, IOptions<AccountsOptions> options, UserManager<WaymarkUser> users, IAntiforgery antiforgery)
    {
        if (!options.Value.Accounts)
        {
            return TypedResults.Ok(new AccountDto(false, Caller.LocalUserId, Caller.LocalOwner.DisplayName, null, false, false, null));
        }

        var user = http.User.UserId() is { } id ? await users.FindByIdAsync(id) : null;
        return user is null ? AccountProblems.SignInRequired() : TypedResults.Ok(Describe(http, user, antiforgery));
    }

    public static async Task<NoContent> SignOutHere(HttpContext http, IAuditTrail audit)
    {
        if (http.User.UserId() is { } id)
        {
            await http.SignOutAsync(SessionCookie.Scheme);
            await audit.RecordAsync(Line(id, http.User.DisplayName(), "account.signed-out", "this session"), http.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    /// <summary>The account as its owner sees it, with a fresh antiforgery token bound to this user.</summary>
    internal static AccountDto Describe(HttpContext http, WaymarkUser user, IAntiforgery antiforgery) =>
        new(true, user.Id, user.DisplayName, user.Email, user.PasswordHash is not null,
            http.User.FindFirst(SessionCookie.MethodClaim)?.Value == SessionCookie.ByLink, antiforgery.GetAndStoreTokens(http).RequestToken);

    internal static AuditEntry Line(string? userId, string name, string action, string? detail) =>
        new(null, userId, name, action, userId, detail);
}
