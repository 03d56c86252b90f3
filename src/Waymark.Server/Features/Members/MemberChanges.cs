using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Members;

/// <summary>
/// Changing who is in a workspace: an owner changes a role or removes a member, anyone leaves. Each change is one
/// statement; the database refuses one that would leave no owner (Data/LastOwner), which answers 409 here, so two
/// owners demoting each other at once leave one owner and the other gets the 409.
/// </summary>
public static class MemberChanges
{
    public static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> ChangeRole(
        string workspaceId, string userId, MemberRoleRequest request, HttpContext http, WaymarkDbContext db, IMemberDirectory members,
        IAuditTrail audit, CancellationToken ct)
    {
        if (RoleNames.Parse(request.Role) is not { } role)
        {
            return Problems.Invalid("role", $"The role must be {RoleNames.Allowed}.");
        }

        var name = AccessProblems.Name(role);
        var before = await db.WorkspaceMembers.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && m.UserId == userId).Select(m => m.Role).FirstOrDefaultAsync(ct);
        if (before is null)
        {
            return Problems.NotFound("member", userId);
        }

        try
        {
            await db.WorkspaceMembers.Where(m => m.WorkspaceId == workspaceId && m.UserId == userId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, name), ct);
        }
        catch (Exception e) when (LastOwner.IsRefusal(e))
        {
            return LastOwnerProblem("change the role of");
        }

        var member = (await members.ListAsync(workspaceId, ct)).FirstOrDefault(m => m.UserId == userId);
        if (before != name)
        {
            await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, "member.role-changed", userId, $"{member?.DisplayName ?? userId}: {before} → {name}"), ct);
        }

        return TypedResults.Ok(new MemberDto(userId, member?.DisplayName ?? userId, member?.Email, name));
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Remove(
        string workspaceId, string userId, HttpContext http, WaymarkDbContext db, IMemberDirectory members, IAuditTrail audit, CancellationToken ct) =>
        DeleteAsync(workspaceId, userId, http.Caller(), db, members, audit, "member.removed", ct);

    public static async Task<Results<NoContent, ProblemHttpResult>> Leave(
        string workspaceId, HttpContext http, WaymarkDbContext db, IMemberDirectory members, IAuditTrail audit, CancellationToken ct)
    {
        var caller = http.Caller();
        return caller.Kind == CallerKind.Member && caller.UserId is { } userId
            ? await DeleteAsync(workspaceId, userId, caller, db, members, audit, "member.left", ct)
            : TypedResults.Problem("Only a signed-in member can leave a workspace.", statusCode: StatusCodes.Status409Conflict, title: "Not a member");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string workspaceId, string userId, Caller caller, WaymarkDbContext db, IMemberDirectory members, IAuditTrail audit, string action, CancellationToken ct)
    {
        var name = (await members.ListAsync(workspaceId, ct)).FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? userId;
        int deleted;
        try
        {
            deleted = await db.WorkspaceMembers.Where(m => m.WorkspaceId == workspaceId && m.UserId == userId).ExecuteDeleteAsync(ct);
        }
        catch (Exception e) when (LastOwner.IsRefusal(e))
        {
            return LastOwnerProblem(action == "member.left" ? "let leave" : "remove");
        }

        if (deleted == 0)
        {
            return Problems.NotFound("member", userId);
        }

        await audit.RecordAsync(AuditEntry.By(caller, workspaceId, action, userId, name), ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult LastOwnerProblem(string what) => TypedResults.Problem(
        $"A workspace keeps at least one owner, so Waymark cannot {what} its last owner. Make someone else an owner first.",
        statusCode: StatusCodes.Status409Conflict, title: "Last owner");
}
