using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>What the sign-in page offers, and the start of single sign-on (the provider's callback is the handler's).</summary>
public static class OidcEndpoints
{
    public static RouteGroupBuilder MapSingleSignOn(this RouteGroupBuilder account)
    {
        account.MapGet("/sign-in-options", Options).WithName("GetSignInOptions")
            .WithSummary("How one may sign in here, for the sign-in page: password, and single sign-on when Auth:Oidc is set.");
        account.MapGet("/oidc", Start).WithName("StartSingleSignOn")
            .WithSummary("Sends the browser to the OpenID Connect provider; it comes back signed in to returnUrl (a path on this site).")
            .Produces(StatusCodes.Status302Found)
            .RequireRateLimiting(AccountRateLimits.SignIn)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return account;
    }

    public static Ok<SignInOptions> Options(IOptions<AccountsOptions> accounts, IOptions<OidcOptions> oidc) =>
        TypedResults.Ok(new SignInOptions(accounts.Value.Accounts,
            accounts.Value.Accounts && oidc.Value.Enabled ? new SingleSignOn(oidc.Value.DisplayName, "/api/account/oidc") : null));

    public static async Task<Results<EmptyHttpResult, RedirectHttpResult, ProblemHttpResult>> Start(string? returnUrl, HttpContext http,
        IOptions<AccountsOptions> accounts, IOptions<OidcOptions> oidc, ILogger<OidcOptions> log)
    {
        if (!accounts.Value.Accounts)
        {
            return AccountProblems.AccountsOff();
        }

        if (!oidc.Value.Enabled)
        {
            return TypedResults.Problem("Single sign-on is not set up on this server (Auth:Oidc:Authority).",
                statusCode: StatusCodes.Status404NotFound, title: "Single sign-on is off");
        }

        var properties = new AuthenticationProperties { RedirectUri = LocalReturn.Or(returnUrl, "/") };
        try
        {
            // Challenged here, not by a result, so a provider that cannot be reached (its discovery document is read
            // now) sends the browser back to the sign-in page with a sentence instead of an error page.
            await http.ChallengeAsync(OidcSetup.Scheme, properties);
            return TypedResults.Empty;
        }
        catch (InvalidOperationException e)
        {
            log.LogWarning("Single sign-on could not start: {Reason}", e.Message);
            return TypedResults.Redirect(OidcCallback.SignInPage(OidcRefusal.Unreachable));
        }
    }
}
