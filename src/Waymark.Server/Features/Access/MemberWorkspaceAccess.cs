using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Accounts;

namespace Waymark.Server.Features.Access;

/// <summary>
/// Accounts on: the signed-in user's role in the workspace, read from workspace_members on every request (so a role
/// change or a removal applies at once). Anonymous or not a member: no caller (the filter answers 401 or 404).
/// </summary>
internal sealed class MemberWorkspaceAccess : IWorkspaceAccess
{
    public async ValueTask<Caller?> FindCallerAsync(HttpContext http, string workspaceId)
    {
        var userId = http.User.UserId();
        if (userId is null)
        {
            return null;
        }

        var db = http.RequestServices.GetRequiredService<WaymarkDbContext>();
        var role = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.WorkspaceId == workspaceId && m.UserId == userId).Select(m => m.Role)
            .FirstOrDefaultAsync(http.RequestAborted);
        return role is null ? null : new Caller(CallerKind.Member, userId, http.User.DisplayName(), MemberRoleNames.FromText(role));
    }
}
