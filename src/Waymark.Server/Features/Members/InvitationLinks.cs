using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Members;

/// <summary>
/// Finds the invitation a token opens. A token whose id is unknown or whose secret does not match gets the same 404,
/// so a wrong secret tells nothing; a right secret to an invitation that was used, revoked or has expired gets 410
/// saying which, since its holder was given it.
/// </summary>
internal static class InvitationLinks
{
    public static async Task<(InvitationEntity? Invitation, ProblemHttpResult? Problem)> OpenAsync(WaymarkDbContext db, string? token, CancellationToken ct)
    {
        if (InvitationSecrets.Parse(token) is not var (id, secret))
        {
            return (null, NotFound());
        }

        var row = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (row is null || !InvitationSecrets.Matches(secret, row.TokenHash))
        {
            return (null, NotFound());
        }

        if (row.RevokedAt is not null)
        {
            return (null, Gone("Invitation revoked", "An owner of the workspace revoked this invitation; ask them for a new one."));
        }

        if (row.AcceptedAt is not null)
        {
            return (null, Gone("Invitation used", "This invitation was accepted already; each invitation works once. Ask for a new one."));
        }

        return row.ExpiresAt <= DateTime.UtcNow
            ? (null, Gone("Invitation expired", "This invitation has expired; ask an owner of the workspace for a new one."))
            : (row, null);
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "No invitation matches this link. Check that the whole link was copied, or ask for a new one.",
        statusCode: StatusCodes.Status404NotFound, title: "Invitation not found");

    private static ProblemHttpResult Gone(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: title);
}
