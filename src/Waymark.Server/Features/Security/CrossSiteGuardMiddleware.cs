using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Refuses changes another site's page could make through the user's browser. A cross-site form post (text/plain,
/// urlencoded or multipart) or a no-cors fetch reaches the server without a preflight and would act like the user,
/// so every state-changing request must (1) not come from another site by the browser's own word (Sec-Fetch-Site,
/// Origin) and (2) carry a header such a request cannot have: <see cref="ClientHeader"/>, or for ingestion its API
/// key header. Reads stay open: another site cannot see their answers (no CORS), and a rebinding page is refused by
/// the host guard before it gets here.
/// </summary>
internal sealed class CrossSiteGuardMiddleware
{
    private readonly RequestDelegate _next;

    public CrossSiteGuardMiddleware(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!ChangesState(request.Method))
        {
            return _next(context);
        }

        var refusal = Refusal(request);
        return refusal is null
            ? _next(context)
            : TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused")
                .ExecuteAsync(context);
    }

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    internal static string? Refusal(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || site.Equals("same-site", StringComparison.OrdinalIgnoreCase))
        {
            return $"The browser says this request comes from another site (Sec-Fetch-Site: {site}). Only pages served "
                + "by this server may change its data.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(request, origin))
        {
            return $"The request comes from a page on {origin}, not from this server ({request.Scheme}://{request.Host}). "
                + "Only pages served by this server may change its data.";
        }

        if (request.Headers.ContainsKey(ClientHeader.Name) || IsKeyedIngestion(request))
        {
            return null;
        }

        return $"Send the header {ClientHeader.Name} (any value, e.g. '{ClientHeader.Name}: script') with every change. "
            + "A form or script on another site cannot add it, which is how this server tells its own clients from such "
            + "pages. Ingestion (/api/ingest) takes the API key header instead.";
    }

    internal static bool ChangesState(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    internal static bool IsKeyedIngestion(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/ingest", StringComparison.OrdinalIgnoreCase)
        && (request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey(IngestAuth.KeyHeader));

    /// <summary>The Origin names this very server: same scheme, host and port (default ports filled in).</summary>
    internal static bool IsOwnOrigin(HttpRequest request, string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !uri.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false; // also "null", which sandboxed frames and file: pages send
        }

        var host = request.Host;
        var port = host.Port ?? (request.IsHttps ? 443 : 80);
        return uri.Host.Equals(host.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == port;
    }
}
