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
        group.MapPut("/{userId}", MemberChanges.ChangeRole).RequireRole(WorkspaceRole.Owner).WithName("ChangeMemberRole")
            .WithSummary("Changes a member's role; the last owner cannot lose it (409).")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{userId}", MemberChanges.Remove).RequireRole(WorkspaceRole.Owner).WithName("RemoveMember")
            .WithSummary("Removes a member from the workspace; the last owner cannot be removed (409).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/leave", MemberChanges.Leave).RequireRole(WorkspaceRole.Viewer).WithName("LeaveWorkspace")
            .WithSummary("Takes the caller out of the workspace; the last owner cannot leave (409).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return workspace;
    }

    public static async Task<Ok<MemberDto[]>> List(string workspaceId, IMemberDirectory members, CancellationToken ct)
    {
        var rows = await members.ListAsync(workspaceId, ct);
        return TypedResults.Ok(rows.OrderBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.UserId, StringComparer.Ordinal)
            .Select(m => new MemberDto(m.UserId, m.DisplayName, m.Email, AccessProblems.Name(m.Role))).ToArray());
    }
}
