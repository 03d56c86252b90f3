using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Reviews;

/// <summary>The rules of a map's owner: a member of the workspace who may edit it; and what "today" is for reviews.</summary>
internal static class ReviewOwners
{
    /// <summary>Null when ownerId names a member with the editor role or above; else the problem, at scope.ownerId.</summary>
    public static async Task<ValidationProblem?> CheckAsync(IMemberDirectory members, string workspaceId, string ownerId, CancellationToken ct)
    {
        var member = (await members.ListAsync(workspaceId, ct)).FirstOrDefault(m => m.UserId == ownerId);
        if (member is null)
        {
            return Problems.Invalid("scope.ownerId", "the map's owner must be a member of the workspace; no member has this id");
        }

        return member.Role >= WorkspaceRole.Editor
            ? null
            : Problems.Invalid("scope.ownerId", $"the map's owner must be able to edit it; {member.DisplayName} is a {AccessProblems.Name(member.Role)}");
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
