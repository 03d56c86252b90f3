using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Waymark.Server.Tests.Routes;

/// <summary>The app's endpoints as routing holds them, for tests that must see every route, including new ones.</summary>
internal static partial class EndpointList
{
    public static IEnumerable<RouteEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    public static bool InWorkspace(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.Parameters.Any(p => p.Name == "workspaceId");

    /// <summary>Method and pattern of every route with a workspace id.</summary>
    public static IEnumerable<(string Method, string Pattern)> WorkspaceRoutes(IServiceProvider services) =>
        from endpoint in All(services)
        where InWorkspace(endpoint)
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []
        select (method, endpoint.RoutePattern.RawText!);

    /// <summary>The pattern with the workspace id given and "x" for every other parameter.</summary>
    public static string Fill(string pattern, string workspaceId) =>
        Parameter().Replace(pattern, m => m.Groups["name"].Value == "workspaceId" ? workspaceId : "x");

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
