using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Members;

/// <summary>
/// Turns an open invitation into a membership, once: the invitation is marked used by one conditional UPDATE (still
/// open, not revoked, not expired) and the member row inserted in the same transaction, so of two people racing for
/// one link exactly one joins, and a revoke that lands first stops the join.
/// </summary>
internal static class InvitationAcceptance
{
    public static async Task<ProblemHttpResult?> JoinAsync(WaymarkDbContext db, InvitationEntity invitation, string userId, string userName,
        IAuditTrail audit, CancellationToken ct)
    {
        if (await db.WorkspaceMembers.AnyAsync(m => m.WorkspaceId == invitation.WorkspaceId && m.UserId == userId, ct))
        {
            return TypedResults.Problem("You are a member of this workspace already; the invitation stays open for whoever it was meant for.",
                statusCode: StatusCodes.Status409Conflict, title: "Already a member");
        }

        var now = DateTime.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.AcceptedAt, now).SetProperty(x => x.AcceptedBy, userId), ct);
        if (taken == 0)
        {
            return TypedResults.Problem("This invitation was used, revoked or expired a moment ago; ask for a new one.",
                statusCode: StatusCodes.Status410Gone, title: "Invitation no longer open");
        }

        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = invitation.WorkspaceId, UserId = userId, Role = invitation.Role, JoinedAt = now });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var joined = new AuditEntry(invitation.WorkspaceId, userId, userName, "member.joined", userId, $"as a {invitation.Role}, by invitation {invitation.Id}");
        await audit.RecordAsync(joined, ct);
        return null;
    }

    /// <summary>An invitation sent to an email address is for the account with that address only.</summary>
    public static ProblemHttpResult? ForSomeoneElse(InvitationEntity invitation, string? email) =>
        invitation.Email is not null && !string.Equals(invitation.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Problem($"This invitation was sent to {invitation.Email}; sign in with that account to accept it.",
                statusCode: StatusCodes.Status403Forbidden, title: "Invitation for another address")
            : null;
}
