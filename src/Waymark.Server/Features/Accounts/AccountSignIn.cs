using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Accounts;

/// <summary>Signing in with a password (Identity's hasher and lockout) or with a one-time link.</summary>
internal static class AccountSignIn
{
    private const int MaxText = 256;

    /// <summary>Checked when no account has the email, so a wrong email takes as long as a wrong password.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<WaymarkUser>().HashPassword(new WaymarkUser(), "not a password"));

    public static async Task<Results<Ok<AccountDto>, ValidationProblem, ProblemHttpResult>> WithPasswordAsync(
        SignInRequest request, HttpContext http, IOptions<AccountsOptions> options, UserManager<WaymarkUser> users,
        IAntiforgery antiforgery, IAuditTrail audit)
    {
        if (!options.Value.Accounts)
        {
            return AccountProblems.AccountsOff();
        }

        if (string.IsNullOrWhiteSpace(request.Email) || request.Email.Length > MaxText)
        {
            return Problems.Invalid("email", "enter the email address of your account");
        }

        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > MaxText)
        {
            return Problems.Invalid("password", "enter your password");
        }

        var email = request.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new WaymarkUser(), DummyHash.Value, request.Password);
            await Failed(audit, null, email, "no account has this email", http);
            return AccountProblems.WrongCredentials();
        }

        if (await users.IsLockedOutAsync(user))
        {
            await Failed(audit, user.Id, user.DisplayName, "account locked", http);
            return AccountProblems.LockedOut(user.LockoutEnd ?? DateTimeOffset.UtcNow);
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await Failed(audit, user.Id, user.DisplayName, locked ? "wrong password; account now locked" : "wrong password", http);
            return locked ? AccountProblems.LockedOut(user.LockoutEnd ?? DateTimeOffset.UtcNow) : AccountProblems.WrongCredentials();
        }

        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.Ok(await StartSessionAsync(http, user, SessionCookie.ByPassword, antiforgery, audit, "with a password"));
    }

    public static async Task<Results<Ok<AccountDto>, ValidationProblem, ProblemHttpResult>> WithLinkAsync(
        LinkSignInRequest request, HttpContext http, IOptions<AccountsOptions> options, WaymarkDbContext db,
        UserManager<WaymarkUser> users, IAntiforgery antiforgery, IAuditTrail audit)
    {
        if (!options.Value.Accounts)
        {
            return AccountProblems.AccountsOff();
        }

        if (string.IsNullOrWhiteSpace(request.Token))
        {
            return Problems.Invalid("token", "the sign-in link's token is missing");
        }

        var userId = await SignInLinks.RedeemAsync(db, request.Token.Trim(), http.RequestAborted);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            await Failed(audit, null, "someone with a sign-in link", "sign-in link not valid (used, expired or wrong)", http);
            return AccountProblems.BadLink();
        }

        // A link is what an administrator hands out to get someone back in: it also lifts a lockout.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.Ok(await StartSessionAsync(http, user, SessionCookie.ByLink, antiforgery, audit, "with a one-time link"));
    }

    /// <summary>Issues the session cookie; the antiforgery token in the answer is bound to the new user.</summary>
    internal static async Task<AccountDto> StartSessionAsync(HttpContext http, WaymarkUser user, string method,
        IAntiforgery antiforgery, IAuditTrail audit, string? detail)
    {
        var principal = SessionCookie.Principal(user, method);
        await http.SignInAsync(SessionCookie.Scheme, principal, new AuthenticationProperties { IsPersistent = true });
        http.User = principal;
        if (detail is not null)
        {
            await audit.RecordAsync(AccountEndpoints.Line(user.Id, user.DisplayName, "account.signed-in", detail), http.RequestAborted);
        }

        return AccountEndpoints.Describe(http, user, antiforgery);
    }

    private static Task Failed(IAuditTrail audit, string? userId, string name, string why, HttpContext http) =>
        audit.RecordAsync(AccountEndpoints.Line(userId, name, "account.sign-in-failed", why), http.RequestAborted);
}
