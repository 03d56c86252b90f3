using Microsoft.AspNetCore.Antiforgery;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Refuses a change made under a session cookie without a valid antiforgery token. The token is only looked for in
/// the header (never a form field), so a refused upload is refused before its body is read. Signing in is exempt:
/// it starts a session rather than acting in one, and the cross-site guards already keep other sites' posts out.
/// </summary>
internal sealed class SessionAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!CrossSiteGuardMiddleware.ChangesState(request.Method) || context.User.Identity?.IsAuthenticated != true
            || IsSignIn(request) || CrossSiteGuardMiddleware.IsKeyedIngestion(request))
        {
            await next(context);
            return;
        }

        string? refusal = null;
        if (string.IsNullOrEmpty(request.Headers[SessionAntiforgery.HeaderName]))
        {
            refusal = $"This change comes with a session cookie but without the header {SessionAntiforgery.HeaderName}. Send the "
                + "antiforgery token from GET /api/account/me in it with every change; another site's page cannot read it.";
        }
        else
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                refusal = $"The {SessionAntiforgery.HeaderName} token does not belong to this session (it is old, from another "
                    + "account, or its cookie is missing). Read a fresh one from GET /api/account/me and repeat the change.";
            }
        }

        if (refusal is null)
        {
            await next(context);
            return;
        }

        await TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Antiforgery token required").ExecuteAsync(context);
    }

    private static bool IsSignIn(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/account/sign-in", StringComparison.OrdinalIgnoreCase);
}
