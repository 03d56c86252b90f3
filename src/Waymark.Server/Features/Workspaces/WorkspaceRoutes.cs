namespace Waymark.Server.Features.Workspaces;

/// <summary>
/// The one route group of everything under <c>/api/workspaces/{workspaceId}</c>. Features map their routes on the
/// group this returns, so each of them goes through <see cref="WorkspaceFilter"/>: the workspace is found once, before
/// any handler runs, and an unknown one gets the same 404 everywhere (docs/adr/012-routes-workspace-group.md).
/// </summary>
public static class WorkspaceRoutes
{
    public const string Prefix = "/api/workspaces/{" + IdParameter + "}";

    /// <summary>The route parameter the filter reads; every handler of the group binds it by this name.</summary>
    public const string IdParameter = "workspaceId";

    public static RouteGroupBuilder MapWorkspaceRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix);
        group.AddEndpointFilter<WorkspaceFilter>()
            .WithMetadata(WorkspaceScope.Instance)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
