using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Waymark.Server.Features.Spa;

/// <summary>Which requests are page loads of a client-side route, and the index.html answer to them.</summary>
internal static class SpaFallback
{
    public static bool IsNavigation(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint() is not null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return false;
        }

        var path = request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || SpaCaching.IsHashedAsset(path))
        {
            return false;
        }

        // "/" is a page whatever the client accepts (curl says */*); deeper paths only for clients that want HTML,
        // so a missing script or image stays a plain 404.
        return path == "/" || path == PathString.Empty || AcceptsHtml(request);
    }

    public static Task WriteIndexAsync(HttpContext context, IFileProvider files)
    {
        var index = files.GetFileInfo("index.html");
        if (!index.Exists)
        {
            // Deleted while running (a rebuild in progress): say so rather than answer with an empty page.
            return SpaHelpPage.WriteAsync(context);
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = index.Length;
        response.Headers.CacheControl = SpaCaching.Revalidate;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.SendFileAsync(index, context.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || a.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
    }
}
