using Waymark.Server.Features.Security;

namespace Waymark.Server.Features.Spa;

/// <summary>What a browser sees when the server runs without a built front end: how to get one.</summary>
internal static class SpaHelpPage
{
    public const string Title = "Waymark: the web front end is not built";

    private const string Css =
        "body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#f2f2f2;padding:.1rem .3rem;border-radius:4px}";

    private const string Html = $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Waymark: the web front end is not built</title>
        <style>{{Css}}</style></head>
        <body>
        <h1>Waymark is running, but the web front end is not built</h1>
        <p>The API works (<a href="/api/health">/api/health</a>, <a href="/openapi/v1.json">/openapi/v1.json</a>),
        but no <code>index.html</code> was found to serve.</p>
        <p>Install Node.js 20+ with npm, then from the repository root run</p>
        <p><code>dotnet run --project src/Waymark.Server</code></p>
        <p>The build runs <code>npm ci</code> and <code>npm run build</code> in <code>web/</code> and copies
        <code>web/dist</code> next to the server. It is skipped when npm is missing or with
        <code>-p:SkipWebBuild=true</code>. You can also build it by hand (<code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>)
        and run the server again: its build copies an existing <code>web/dist</code> even without npm.
        <code>--Spa:Root=&lt;folder&gt;</code> serves a build from elsewhere.</p>
        </body>
        </html>
        """;

    // The page's one inline style sheet, allowed by its hash (every other answer allows none).
    private static readonly string Policy = ContentSecurityPolicy.WithInlineStyle(Css);

    public static Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers[ContentSecurityPolicy.HeaderName] = Policy;
        response.StatusCode = context.Request.Path == "/" ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = SpaCaching.Revalidate;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(Html, context.RequestAborted);
    }
}
