using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>
/// The end of the provider's round trip. A good callback (state, nonce, PKCE and the ID token's signature already
/// checked by the handler) names a person; <see cref="OidcAccounts"/> finds or refuses their account, and the session
/// is issued exactly as for a password (the same cookie, stamp and audit line). Anything else lands on the sign-in
/// page with a short reason code the page turns into a sentence; never an exception page.
/// </summary>
internal static class OidcCallback
{
    /// <summary>How the session was opened, in its cookie and in the audit line.</summary>
    public const string Method = "oidc";

    public static async Task TicketReceivedAsync(TicketReceivedContext context)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var oidc = services.GetRequiredService<IOptions<OidcOptions>>().Value;
        var audit = services.GetRequiredService<IAuditTrail>();
        context.HandleResponse();
        if (!services.GetRequiredService<IOptions<AccountsOptions>>().Value.Accounts || context.Principal is null)
        {
            Land(context.Response, OidcRefusal.Failed);
            return;
        }

        var outcome = await services.GetRequiredService<OidcAccounts>().ResolveAsync(context.Principal, http.RequestAborted);
        if (outcome.User is not { } user)
        {
            await audit.RecordAsync(AccountEndpoints.Line(outcome.KnownUserId, outcome.Who, "account.sign-in-failed",
                $"single sign-on ({oidc.DisplayName}): {outcome.Why}"), http.RequestAborted);
            Land(context.Response, outcome.Refusal);
            return;
        }

        await AccountSignIn.StartSessionAsync(http, user, Method, services.GetRequiredService<IAntiforgery>(), audit,
            $"with single sign-on ({oidc.DisplayName})");
        context.Response.Redirect(LocalReturn.Or(context.ReturnUri, "/"));
    }

    public static async Task RemoteFailureAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcCallback))
            .LogWarning("Single sign-on failed: {Reason}", context.Failure?.Message);
        await http.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(AccountEndpoints.Line(null,
            "someone with single sign-on", "account.sign-in-failed", "single sign-on did not complete (provider error, or a callback that was not ours)"),
            http.RequestAborted);
        Land(context.Response, OidcRefusal.Failed);
    }

    public static Task AccessDeniedAsync(AccessDeniedContext context)
    {
        context.HandleResponse();
        Land(context.Response, OidcRefusal.Cancelled);
        return Task.CompletedTask;
    }

    internal static string SignInPage(string refusal) => $"/signin?sso={Uri.EscapeDataString(refusal)}";

    private static void Land(HttpResponse response, string refusal) => response.Redirect(SignInPage(refusal));
}
