namespace Waymark.Server.Features.Security;

/// <summary>
/// Adds the security headers to every answer (pages, files, API, errors) just before it starts, so an answer an
/// error handler rewrote still has them. A header a handler set itself (a page's own CSP) is kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware
{
    private static readonly (string Name, string Value)[] Headers =
    [
        (ContentSecurityPolicy.HeaderName, ContentSecurityPolicy.App),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        // Another site's page can neither hold a window reference to the app nor embed its answers (img, script).
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
    ];

    private readonly RequestDelegate _next;

    public SecurityHeadersMiddleware(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            foreach (var (name, value) in Headers)
            {
                headers.TryAdd(name, value);
            }

            return Task.CompletedTask;
        }, context.Response);
        return _next(context);
    }
}
