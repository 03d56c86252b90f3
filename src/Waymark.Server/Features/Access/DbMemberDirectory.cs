using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Server.Features.Access;

/// <summary>Accounts on: a workspace's members from workspace_members with their accounts' names and emails.</summary>
internal sealed class DbMemberDirectory(IServiceScopeFactory scopes) : IMemberDirectory
{
    public async Task<IReadOnlyList<MemberSummary>> ListAsync(string workspaceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var rows = await db.WorkspaceMembers.AsNoTracking().Where(m => m.WorkspaceId == workspaceId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role })
            .ToListAsync(ct);
        return rows.Select(r => new MemberSummary(r.Id, r.DisplayName, r.Email, MemberRoleNames.FromText(r.Role)))
            .OrderByDescending(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
