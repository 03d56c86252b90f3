using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Members;

/// <summary>
/// The invitation link's side, outside the workspace group (the caller is not a member yet): read what a link offers,
/// accept it signed in, or accept it by creating an account. Each request counts against the client address's
/// invitation limit.
/// </summary>
public static class InvitationAcceptEndpoints
{
    private const int MaxText = 256;

    public static IEndpointRouteBuilder MapInvitationLinks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/invitations").WithTags("Members").RequireRateLimiting(AccountRateLimits.Invitations);
        group.MapPost("/preview", Preview).WithName("PreviewInvitation")
            .WithSummary("Reads what an invitation link offers (workspace, role, who invited), for the accept page.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/accept", Accept).WithName("AcceptInvitation")
            .WithSummary("Joins the invitation's workspace with its role as the signed-in account; each invitation works once.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/accept-new", AcceptAsNewAccount).WithName("AcceptInvitationWithNewAccount")
            .WithSummary("Creates an account (email, password, name), signs it in and joins the invitation's workspace.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Results<Ok<InvitationPreview>, ProblemHttpResult>> Preview(
        InvitationTokenRequest request, WaymarkDbContext db, IMemberDirectory members, CancellationToken ct)
    {
        var (invitation, problem) = await InvitationLinks.OpenAsync(db, request.Token, ct);
        if (invitation is null)
        {
            return problem!;
        }

        if (await WorkspaceNameAsync(db, invitation, ct) is not { } workspace)
        {
            return Gone(invitation);
        }

        var inviter = (await members.ListAsync(invitation.WorkspaceId, ct)).FirstOrDefault(m => m.UserId == invitation.CreatedBy)?.DisplayName;
        return TypedResults.Ok(new InvitationPreview(invitation.WorkspaceId, workspace, invitation.Role, inviter ?? "A former member", invitation.Email, invitation.ExpiresAt));
    }

    public static async Task<Results<Ok<AcceptedInvitation>, ProblemHttpResult>> Accept(
        InvitationTokenRequest request, HttpContext http, WaymarkDbContext db, UserManager<WaymarkUser> users, IAuditTrail audit,
        CancellationToken ct)
    {
        var user = http.User.UserId() is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return AccountProblems.SignInRequired();
        }

        var (invitation, problem) = await InvitationLinks.OpenAsync(db, request.Token, ct);
        if (invitation is null)
        {
            return problem!;
        }

        var refused = InvitationAcceptance.ForSomeoneElse(invitation, user.Email)
            ?? await InvitationAcceptance.JoinAsync(db, invitation, user.Id, user.DisplayName, audit, ct);
        if (refused is not null)
        {
            return refused;
        }

        return await WorkspaceNameAsync(db, invitation, ct) is { } name
            ? TypedResults.Ok(new AcceptedInvitation(invitation.WorkspaceId, name, invitation.Role, null))
            : Gone(invitation);
    }

    public static async Task<Results<Ok<AcceptedInvitation>, ValidationProblem, ProblemHttpResult>> AcceptAsNewAccount(
        NewAccountInvitationRequest request, HttpContext http, WaymarkDbContext db, UserManager<WaymarkUser> users, IAntiforgery antiforgery,
        IAuditTrail audit, CancellationToken ct)
    {
        var (invitation, problem) = await InvitationLinks.OpenAsync(db, request.Token, ct);
        if (invitation is null)
        {
            return problem!;
        }

        if (Check(request) is { } invalid)
        {
            return invalid;
        }

        if (InvitationAcceptance.ForSomeoneElse(invitation, request.Email) is { } elsewhere)
        {
            return elsewhere;
        }

        var (user, notCreated) = await NewAccounts.CreateAsync(users, request.Email!.Trim(), request.DisplayName!.Trim(), request.Password!);
        if (user is null)
        {
            return notCreated!;
        }

        if (await InvitationAcceptance.JoinAsync(db, invitation, user.Id, user.DisplayName, audit, ct) is { } lost)
        {
            return lost;
        }

        var account = await AccountSignIn.StartSessionAsync(http, user, SessionCookie.ByPassword, antiforgery, audit, "after accepting an invitation");
        return await WorkspaceNameAsync(db, invitation, ct) is { } name
            ? TypedResults.Ok(new AcceptedInvitation(invitation.WorkspaceId, name, invitation.Role, account))
            : Gone(invitation);
    }

    /// <summary>The workspace's name, or null when it was deleted since the invitation was opened (a race, not a fault).</summary>
    private static Task<string?> WorkspaceNameAsync(WaymarkDbContext db, InvitationEntity invitation, CancellationToken ct) =>
        db.Workspaces.AsNoTracking().Where(w => w.Id == invitation.WorkspaceId).Select(w => (string?)w.Name).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult Gone(InvitationEntity invitation) => Problems.NotFound("workspace", invitation.WorkspaceId);

    private static ValidationProblem? Check(NewAccountInvitationRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || request.Email.Length > MaxText || !request.Email.Contains('@', StringComparison.Ordinal))
        {
            return Problems.Invalid("email", "enter your email address");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Trim().Length > 200)
        {
            return Problems.Invalid("displayName", "enter the name others will see (at most 200 characters)");
        }

        return string.IsNullOrEmpty(request.Password) || request.Password.Length > MaxText
            ? Problems.Invalid("password", $"choose a password of at least {AccountsOptions.MinPasswordLength} characters")
            : null;
    }
}
