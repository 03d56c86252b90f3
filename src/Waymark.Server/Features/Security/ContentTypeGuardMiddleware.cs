using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Waymark.Server.Features.Security;

/// <summary>
/// A route that reads a document (JSON, NDJSON, YAML) takes it only under the types its endpoint declares
/// (<c>Accepts</c>, or the JSON body minimal APIs infer). Browsers send text/plain, form and multipart bodies, and
/// typeless ones, to any site without asking; refusing them means a change can never ride on one, whatever the
/// route's reader would make of the bytes. Routes that take a file as it is (uploads) declare no type and take any.
/// Routing already refuses a declared but wrong type with a bare 415; a body sent with no type gets through it, so
/// both are answered here, with the types to send.
/// </summary>
internal sealed class ContentTypeGuardMiddleware
{
    private readonly RequestDelegate _next;

    public ContentTypeGuardMiddleware(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null && endpoint is not RouteEndpoint && endpoint.DisplayName == DeclaredContentTypes.RoutingRejection)
        {
            return RefuseAsync(context, DeclaredContentTypes.For(context));
        }

        var accepts = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>();
        return accepts is null || accepts.ContentTypes.Count == 0 || !string.IsNullOrEmpty(context.Request.ContentType) || !HasBody(context)
            ? _next(context)
            : RefuseAsync(context, accepts.ContentTypes);
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true || context.Request.ContentLength > 0;

    private static Task RefuseAsync(HttpContext context, IReadOnlyList<string> expected)
    {
        var sent = string.IsNullOrEmpty(context.Request.ContentType) ? "no Content-Type" : $"Content-Type '{context.Request.ContentType}'";
        var takes = expected.Count == 0 ? "another type" : string.Join(" or ", expected);
        return TypedResults.Problem($"This route takes {takes}; the request was sent with {sent}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type").ExecuteAsync(context);
    }
}
