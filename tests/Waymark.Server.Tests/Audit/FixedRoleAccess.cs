using Microsoft.AspNetCore.Http;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Tests.Audit;

/// <summary>Access where every caller is a member with one role, for the owner-only rule before accounts exist.</summary>
internal sealed class FixedRoleAccess(WorkspaceRole role) : IWorkspaceAccess
{
    public ValueTask<Caller?> FindCallerAsync(HttpContext http, string workspaceId) =>
        ValueTask.FromResult<Caller?>(new Caller(CallerKind.Member, "u_ana", "Ana", role));
}
