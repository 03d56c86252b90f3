using Microsoft.AspNetCore.Routing;
using Waymark.Server.Tests.Routes;

namespace Waymark.Server.Tests.Access;

/// <summary>The API routes the app maps, as "METHOD /pattern" (the matrix's keys).</summary>
internal static class MatrixRoutes
{
    public static IEnumerable<string> Mapped(IServiceProvider services) =>
        from endpoint in EndpointList.All(services)
        let pattern = endpoint.RoutePattern.RawText!.TrimEnd('/')
        where pattern.StartsWith("/api/", StringComparison.Ordinal)
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []
        select AuthorizationMatrix.Key(method, pattern);
}
