using Microsoft.AspNetCore.Routing;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Routes;

namespace Waymark.Server.Tests.Audit;

/// <summary>The activity routes carry the owner role in their metadata, where the authorization matrix reads it.</summary>
public sealed class ActivityRouteTests : IDisposable
{
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    [Fact]
    public void ActivityRoutes_All_RequireOwnerAndAreClosedToShareGuests()
    {
        var routes = EndpointList.All(_factory.Services)
            .Where(e => e.RoutePattern.RawText!.Contains("/activity", StringComparison.Ordinal)).ToList();

        Assert.Equal(["DownloadWorkspaceActivity", "ListActivityActors", "ListWorkspaceActivity"],
            routes.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName).Order(StringComparer.Ordinal));
        Assert.All(routes, e => Assert.Equal(WorkspaceRole.Owner, e.Metadata.GetMetadata<RequiredRole>()!.Role));
        Assert.All(routes, e => Assert.False(e.Metadata.GetMetadata<RequiredRole>()!.OpenToShareGuests));
    }

    public void Dispose() => _factory.Dispose();
}
