using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Accounts;

/// <summary>What a signed-in person does to their own sessions and password.</summary>
internal static class AccountSessions
{
    public static async Task<Results<NoContent, ProblemHttpResult>> SignOutEverywhereAsync(
        HttpContext http, UserManager<WaymarkUser> users, IAuditTrail audit)
    {
        var user = http.User.UserId() is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return AccountProblems.SignInRequired();
        }

        await users.UpdateSecurityStampAsync(user); // every cookie carries the old stamp: SessionValidator refuses them all
        await http.SignOutAsync(SessionCookie.Scheme);
        await audit.RecordAsync(AccountEndpoints.Line(user.Id, user.DisplayName, "account.signed-out", "every session"), http.RequestAborted);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<AccountDto>, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, IOptions<AccountsOptions> options, UserManager<WaymarkUser> users,
        IAntiforgery antiforgery, IAuditTrail audit)
    {
        var user = options.Value.Accounts && http.User.UserId() is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return options.Value.Accounts ? AccountProblems.SignInRequired() : AccountProblems.AccountsOff();
        }

        if (string.IsNullOrEmpty(request.NewPassword) || request.NewPassword.Length > 256)
        {
            return Problems.Invalid("newPassword", $"choose a password of {AccountsOptions.MinPasswordLength} to 256 characters");
        }

        var result = await SetAsync(users, user, request, http.User.FindFirst(SessionCookie.MethodClaim)?.Value == SessionCookie.ByLink);
        if (result is null)
        {
            return Problems.Invalid("currentPassword", "enter your current password");
        }

        if (!result.Succeeded)
        {
            var mismatch = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return Problems.Invalid(mismatch ? "currentPassword" : "newPassword",
                mismatch ? "the current password is wrong" : string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        // The stamp changed with the password, which ends every other session; this one is issued again.
        await audit.RecordAsync(AccountEndpoints.Line(user.Id, user.DisplayName, "account.password-changed", null), http.RequestAborted);
        return TypedResults.Ok(await AccountSignIn.StartSessionAsync(http, user, SessionCookie.ByPassword, antiforgery, audit, null));
    }

    /// <summary>
    /// Sets the password: without the current one when there is none yet (first start) or this session was opened by a
    /// one-time link (a reset); otherwise only with the current one. Null when the current one is needed but missing.
    /// </summary>
    private static async Task<IdentityResult?> SetAsync(UserManager<WaymarkUser> users, WaymarkUser user, ChangePasswordRequest request, bool byLink)
    {
        if (!await users.HasPasswordAsync(user))
        {
            return await users.AddPasswordAsync(user, request.NewPassword!);
        }

        if (!string.IsNullOrEmpty(request.CurrentPassword))
        {
            return await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword!);
        }

        if (!byLink)
        {
            return null;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, request.NewPassword!);
            if (!check.Succeeded)
            {
                return check; // checked before the old password goes, so a refused one leaves the account as it was
            }
        }

        var removed = await users.RemovePasswordAsync(user);
        return removed.Succeeded ? await users.AddPasswordAsync(user, request.NewPassword!) : removed;
    }
}
