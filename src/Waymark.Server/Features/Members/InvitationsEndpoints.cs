using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Mail;

namespace Waymark.Server.Features.Members;

/// <summary>
/// A workspace's invitations, managed by its owners: create one (by link or email, with a role and an expiry; the
/// link is in this answer only), list the open ones, revoke one at once.
/// </summary>
public static class InvitationsEndpoints
{
    private const int MaxEmail = 320;

    public static RouteGroupBuilder MapInvitations(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/invitations").WithTags("Members");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Owner).WithName("ListInvitations")
            .WithSummary("Lists the invitations not yet accepted or revoked (expired ones say so), newest first.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Owner).WithName("CreateInvitation")
            .WithSummary("Invites someone with a role, by link or email (mailed when the server has mail); the answer is the only time the link is sent.")
            .RequireRateLimiting(AccountRateLimits.Invitations)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapDelete("/{invitationId}", Revoke).RequireRole(WorkspaceRole.Owner).WithName("RevokeInvitation")
            .WithSummary("Revokes an invitation at once: its link no longer works.");
        return workspace;
    }

    public static async Task<Ok<InvitationDto[]>> List(string workspaceId, WaymarkDbContext db, IMemberDirectory members, CancellationToken ct)
    {
        var rows = await db.Invitations.AsNoTracking()
            .Where(i => i.WorkspaceId == workspaceId && i.AcceptedAt == null && i.RevokedAt == null).ToArrayAsync(ct);
        var names = await NamesAsync(members, workspaceId, ct);
        var now = DateTime.UtcNow;
        return TypedResults.Ok(rows.OrderByDescending(i => i.CreatedAt).Select(i => Dto(i, names, now)).ToArray());
    }

    public static async Task<Results<Created<CreatedInvitation>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, InvitationRequest request, HttpContext http, WaymarkDbContext db, IMemberDirectory members,
        IAuditTrail audit, MailOutbox mail, IOptions<InvitationOptions> options, IOptions<AccountsOptions> accounts, CancellationToken ct)
    {
        if (Check(request, options.Value) is { } invalid)
        {
            return invalid;
        }

        var caller = http.Caller();
        var secret = InvitationSecrets.NewSecret();
        var now = DateTime.UtcNow;
        var entity = new InvitationEntity
        {
            Id = Ids.New(InvitationSecrets.IdPrefix),
            WorkspaceId = workspaceId,
            Role = RoleNames.Parse(request.Role)!.Value.ToString().ToLowerInvariant(),
            TokenHash = InvitationSecrets.Hash(secret),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            CreatedBy = caller.UserId ?? "",
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.ExpiresInDays ?? options.Value.DefaultDays),
        };
        db.Invitations.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("workspace", workspaceId); // a new random id: only a deleted workspace fails this
        }

        var site = accounts.Value.PublicUrl?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}";
        var link = $"{site}/invite#token={InvitationSecrets.Token(entity.Id, secret)}";
        var names = await NamesAsync(members, workspaceId, ct);
        var workspaceName = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => (string?)w.Name).FirstOrDefaultAsync(ct);
        if (workspaceName is null)
        {
            return Problems.NotFound("workspace", workspaceId); // deleted since the save, taking the invitation along
        }

        var mailed = entity.Email is not null && mail.Enabled
            && mail.Enqueue(InvitationMail.Compose(entity, link, workspaceName, names.GetValueOrDefault(caller.UserId ?? "", caller.DisplayName), site));
        await audit.RecordAsync(AuditEntry.By(caller, workspaceId, entity.Email is null ? "invitation.created" : "member.invited", entity.Id,
            entity.Email is null ? $"a link for a {entity.Role}" : $"{entity.Email} as a {entity.Role}, {(mailed ? "by email" : "link handed over")}"), ct);
        http.Response.Headers.CacheControl = "no-store"; // the only time the link is sent: no cache may keep it
        return TypedResults.Created($"/api/workspaces/{workspaceId}/invitations/{entity.Id}", new CreatedInvitation(Dto(entity, names, now), link, mailed));
    }

    /// <summary>One conditional UPDATE, so a revoke racing an accept either stops it or finds it accepted.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string workspaceId, string invitationId, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var revoked = await db.Invitations
            .Where(i => i.Id == invitationId && i.WorkspaceId == workspaceId && i.RevokedAt == null && i.AcceptedAt == null)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.RevokedAt, now), ct);
        if (revoked > 0)
        {
            await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, "invitation.revoked", invitationId), ct);
            return TypedResults.NoContent();
        }

        var accepted = await db.Invitations.AnyAsync(i => i.Id == invitationId && i.WorkspaceId == workspaceId && i.AcceptedAt != null, ct);
        if (accepted)
        {
            return TypedResults.Problem("The invitation was accepted already; remove the member instead.",
                statusCode: StatusCodes.Status409Conflict, title: "Invitation accepted");
        }

        return await db.Invitations.AnyAsync(i => i.Id == invitationId && i.WorkspaceId == workspaceId, ct)
            ? TypedResults.NoContent()
            : Problems.NotFound("invitation", invitationId);
    }

    internal static InvitationDto Dto(InvitationEntity i, IReadOnlyDictionary<string, string> names, DateTime now) =>
        new(i.Id, i.Role, i.Email, names.GetValueOrDefault(i.CreatedBy, "A former member"), i.CreatedAt, i.ExpiresAt, i.ExpiresAt <= now);

    private static async Task<IReadOnlyDictionary<string, string>> NamesAsync(IMemberDirectory members, string workspaceId, CancellationToken ct) =>
        (await members.ListAsync(workspaceId, ct)).ToDictionary(m => m.UserId, m => m.DisplayName, StringComparer.Ordinal);

    private static ValidationProblem? Check(InvitationRequest request, InvitationOptions options)
    {
        if (RoleNames.Parse(request.Role) is null)
        {
            return Problems.Invalid("role", $"The role must be {RoleNames.Allowed}.");
        }

        if (request.Email is { } email && !string.IsNullOrWhiteSpace(email) && !LooksLikeEmail(email.Trim()))
        {
            return Problems.Invalid("email", $"Give an email address such as name@example.com (at most {MaxEmail} characters), or none for a link.");
        }

        return request.ExpiresInDays is { } days && (days < 1 || days > options.MaxDays)
            ? Problems.Invalid("expiresInDays", $"An invitation stays open 1 to {options.MaxDays} days.")
            : null;
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= MaxEmail && at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && email[(at + 1)..].Contains('.', StringComparison.Ordinal);
    }
}
