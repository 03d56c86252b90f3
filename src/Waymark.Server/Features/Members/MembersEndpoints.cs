using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Members;

/// <summary>The people of a workspace: who is in it and with which role (for mentions, votes and the members page).</summary>
public static class MembersEndpoints
{
    public static RouteGroupBuilder MapMembers(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/members").WithTags("Members");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListMembers")
            .WithSummary("Lists the workspace's members with their roles, by name.");
        return workspace;
    }

    public static async Task<Ok<MemberDto[]>> List(string workspaceId, IMemberDirectory members, CancellationToken ct)
    {
        var rows = await members.ListAsync(workspaceId, ct);
        return TypedResults.Ok(rows.OrderBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.UserId, StringComparer.Ordinal)
            .Select(m => new MemberDto(m.UserId, m.DisplayName, m.Email, AccessProblems.Name(m.Role))).ToArray());
    }
}
