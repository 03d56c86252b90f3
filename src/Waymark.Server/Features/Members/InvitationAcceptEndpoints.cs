using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Members;

/// <summary>
/// The invitation link's side, outside the workspace group (the caller is not a member yet): read what a link
/// offers, and accept it. Each request counts against the client address's invitation limit.
/// </summary>
public static class InvitationAcceptEndpoints
{
    public static IEndpointRouteBuilder MapInvitationLinks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/invitations").WithTags("Members");
        group.MapPost("/preview", Preview).WithName("PreviewInvitation")
            .WithSummary("Reads what an invitation link offers (workspace, role, who invited), for the accept page.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Results<Ok<InvitationPreview>, ProblemHttpResult>> Preview(
        InvitationTokenRequest request, HttpContext http, WaymarkDbContext db, IMemberDirectory members, InvitationRateLimiter limiter, CancellationToken ct)
    {
        if (limiter.Refuse(http) is { } refused)
        {
            return refused;
        }

        var (invitation, problem) = await InvitationLinks.OpenAsync(db, request.Token, ct);
        if (invitation is null)
        {
            return problem!;
        }

        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == invitation.WorkspaceId).Select(w => w.Name).FirstAsync(ct);
        var inviter = (await members.ListAsync(invitation.WorkspaceId, ct)).FirstOrDefault(m => m.UserId == invitation.CreatedBy)?.DisplayName;
        return TypedResults.Ok(new InvitationPreview(invitation.WorkspaceId, workspace, invitation.Role, inviter ?? "A former member", invitation.Email, invitation.ExpiresAt));
    }
}
