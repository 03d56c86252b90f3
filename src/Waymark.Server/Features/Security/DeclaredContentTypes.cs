using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Waymark.Server.Features.Security;

/// <summary>
/// The body types the routes matching a request declare. Routing itself turns a request whose Content-Type no
/// candidate route accepts into its own bare 415 endpoint, which no longer knows the routes it left out; this finds
/// them again so the answer can name what to send. Only used for such refusals, so a scan is fine.
/// </summary>
internal static class DeclaredContentTypes
{
    /// <summary>The display name routing gives the endpoint it selects when every candidate refused the Content-Type.</summary>
    public const string RoutingRejection = "415 HTTP Unsupported Media Type";

    public static IReadOnlyList<string> For(HttpContext context)
    {
        var request = context.Request;
        var types = new List<string>();
        foreach (var endpoint in context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (accepts is null || methods is not null && !methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var matcher = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), []);
            if (matcher.TryMatch(request.Path, []))
            {
                types.AddRange(accepts.ContentTypes.Where(t => !types.Contains(t, StringComparer.OrdinalIgnoreCase)));
            }
        }

        return types;
    }
}
