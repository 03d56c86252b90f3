using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Workspaces;

/// <summary>
/// Finds the route's workspace before the handler runs: an unknown one is answered 404 here, so handlers start from a
/// workspace that exists. Endpoint filters run after the framework binds typed parameters (a typed JSON body that is
/// not valid still answers 400 first, as before) and before the handler reads a body itself (an upload to an unknown
/// workspace is refused without reading the file). This is the single place for workspace-wide checks: the teams
/// issue's access checks (who may read or change this workspace) go here, not into handlers.
/// A workspace deleted after this check is still the handler's to answer (see <see cref="Saves"/>).
/// </summary>
internal sealed class WorkspaceFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var workspaceId = http.Request.RouteValues[WorkspaceRoutes.IdParameter] as string ?? "";
        var db = http.RequestServices.GetRequiredService<WaymarkDbContext>();
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, http.RequestAborted))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        return await next(context);
    }
}
