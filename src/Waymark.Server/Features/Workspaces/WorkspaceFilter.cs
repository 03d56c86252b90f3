using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Workspaces;

/// <summary>
/// Finds the route's workspace and the caller's access to it before the handler runs, in one place for every route
/// under <c>/api/workspaces/{workspaceId}</c> (ADR 012, ADR 017):
/// - an unknown workspace, or one the caller is not a member of, is 404 "Workspace not found" (its existence is not
///   revealed); an anonymous caller gets 401 when accounts are on;
/// - a caller below the route's <see cref="RequiredRole"/> gets 403; a route without one is owner-only (fails closed);
/// - a share-link guest reaches only routes open to guests, for the one map of the link.
/// Endpoint filters run after the framework binds typed parameters (a typed JSON body that is not valid still answers
/// 400 first) and before the handler reads a body itself (an upload to an unknown workspace is refused unread).
/// A workspace deleted after this check is still the handler's to answer (see <see cref="Saves"/>).
/// </summary>
internal sealed class WorkspaceFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var workspaceId = http.Request.RouteValues[WorkspaceRoutes.IdParameter] as string ?? "";
        var caller = await http.RequestServices.GetRequiredService<IWorkspaceAccess>().FindCallerAsync(http, workspaceId);
        if (caller is null)
        {
            return http.User.Identity?.IsAuthenticated == true
                ? Problems.NotFound("workspace", workspaceId)
                : AccessProblems.SignInRequired();
        }

        var db = http.RequestServices.GetRequiredService<WaymarkDbContext>();
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, http.RequestAborted))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var required = http.GetEndpoint()?.Metadata.GetMetadata<RequiredRole>() ?? new RequiredRole(WorkspaceRole.Owner);
        if (caller.MapId is not null && !OpenToGuest(required, caller, http))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        if (!caller.Has(required.Role))
        {
            return AccessProblems.RoleRequired(required.Role, caller.Role);
        }

        http.SetCaller(caller);
        return await next(context);
    }

    /// <summary>A guest of one map reaches a route open to guests for that map (or one without a map: the workspace's name), and a data route only when its link includes the data view.</summary>
    private static bool OpenToGuest(RequiredRole required, Caller caller, HttpContext http)
        => required.OpenToShareGuests
            && (!required.ShareGuestsNeedData || caller.SeesMapData)
            && (http.Request.RouteValues["mapId"] is not string mapId || mapId.Equals(caller.MapId, StringComparison.Ordinal));
}
