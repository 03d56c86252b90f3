using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Workspaces;

namespace Waymark.Server.Tests.Routes;

/// <summary>
/// Rules every endpoint keeps, checked over the endpoints routing holds, so a new route cannot skip them: a route with
/// a workspace id is in the workspace group (its filter finds the workspace and will check access); every API route
/// has a unique name and a summary for the OpenAPI document.
/// </summary>
public sealed class EndpointMetadataTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    [Fact]
    public void WorkspaceRoutes_All_AreInTheWorkspaceGroup()
    {
        var endpoints = EndpointList.All(_factory.Services).Where(EndpointList.InWorkspace).ToList();

        var outside = endpoints.Where(e => e.Metadata.GetMetadata<WorkspaceScope>() is null).Select(e => e.RoutePattern.RawText).ToList();

        Assert.True(endpoints.Count >= 39, $"only {endpoints.Count} workspace routes found");
        Assert.True(outside.Count == 0, "mapped outside MapWorkspaceRoutes, so the workspace filter skips them: " + string.Join(", ", outside));
    }

    [Fact]
    public void WorkspaceRoutes_All_NameTheRoleTheyNeed()
    {
        var endpoints = EndpointList.All(_factory.Services).Where(EndpointList.InWorkspace).ToList();

        var unnamed = endpoints.Where(e => e.Metadata.GetMetadata<RequiredRole>() is null).Select(e => e.DisplayName).ToList();

        Assert.True(unnamed.Count == 0, "no .RequireRole(...), so only owners may call them: " + string.Join(", ", unnamed));
    }

    [Fact]
    public void ApiRoutes_All_HaveAUniqueNameAndASummary()
    {
        var endpoints = EndpointList.All(_factory.Services)
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        var unnamed = endpoints.Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is null).Select(e => e.DisplayName).ToList();
        var unsummarised = endpoints.Where(e => string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary))
            .Select(e => e.DisplayName).ToList();
        var repeated = endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Key is not null && g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(unnamed.Count == 0, "no .WithName(...): " + string.Join(", ", unnamed));
        Assert.True(unsummarised.Count == 0, "no .WithSummary(...): " + string.Join(", ", unsummarised));
        Assert.True(repeated.Count == 0, "names used twice: " + string.Join(", ", repeated));
    }

    public void Dispose() => _factory.Dispose();
}
