using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// A map's share links, managed by the workspace's owners: create (the secret is answered once), list (editors too,
/// so whoever changes a map sees who else reads it), revoke (at once: guests are checked on every request).
/// </summary>
public static class ShareLinksEndpoints
{
    public static RouteGroupBuilder MapShareLinks(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps/{mapId}/share-links").WithTags("Sharing");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Editor).WithName("ListShareLinks")
            .WithSummary("Lists a map's share links, newest first, with their last use; never their secrets.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Owner).WithName("CreateShareLink")
            .WithSummary("Creates a share link to a map; the answer holds its secret token, shown this once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{linkId}", Revoke).RequireRole(WorkspaceRole.Owner).WithName("RevokeShareLink")
            .WithSummary("Revokes a share link: its guests lose the map on their next request.");
        return workspace;
    }

    public static async Task<Results<Ok<ShareLinkDto[]>, ProblemHttpResult>> List(string workspaceId, string mapId, WaymarkDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        if (await MapQueries.FindAsync(db, workspaceId, mapId, ct) is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var links = await db.ShareLinks.AsNoTracking().Where(l => l.WorkspaceId == workspaceId && l.MapId == mapId).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(links.OrderByDescending(l => l.CreatedAt).Select(l => ShareLinkRecords.Dto(l, now)).ToArray());
    }

    public static async Task<Results<Created<CreatedShareLink>, ValidationProblem, ProblemHttpResult>> Create(string workspaceId, string mapId,
        CreateShareLinkRequest request, HttpContext http, WaymarkDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (ShareLinkChecks.Check(request, now) is { } invalid)
        {
            return invalid;
        }

        if (await MapQueries.FindAsync(db, workspaceId, mapId, ct) is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var caller = http.Caller();
        var secret = ShareLinkSecrets.NewSecret();
        var link = new ShareLinkEntity
        {
            Id = Ids.New("shl"), WorkspaceId = workspaceId, MapId = mapId, Access = request.Access!,
            Label = string.IsNullOrWhiteSpace(request.Label) ? null : request.Label.Trim(),
            SecretHash = ShareLinkSecrets.HashSecret(secret), IncludesData = request.IncludesData,
            ExpiresAt = request.ExpiresAt?.ToUniversalTime(), CreatedAt = now,
            CreatedBy = caller.UserId ?? caller.DisplayName, CreatedByName = caller.DisplayName,
        };
        if (!string.IsNullOrEmpty(request.Passcode))
        {
            link.PasscodeHash = ShareLinkSecrets.HashPasscode(link, request.Passcode);
        }

        db.ShareLinks.Add(link);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEntry.By(caller, workspaceId, "share-link.created", link.Id, Describe(link)), ct);
        var token = ShareLinkSecrets.Token(link.Id, secret);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{mapId}/share-links/{link.Id}",
            new CreatedShareLink(ShareLinkRecords.Dto(link, now), token, "/s/" + token));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string workspaceId, string mapId, string linkId, HttpContext http,
        WaymarkDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.WorkspaceId == workspaceId && l.MapId == mapId, ct);
        if (link is null)
        {
            return Problems.NotFound("share link", linkId);
        }

        if (link.RevokedAt is null)
        {
            link.RevokedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(AuditEntry.By(http.Caller(), workspaceId, "share-link.revoked", link.Id, Describe(link)), ct);
        }

        return TypedResults.NoContent();
    }

    /// <summary>What the audit line says about a link: never its secret or passcode, only that it has one.</summary>
    private static string Describe(ShareLinkEntity link) =>
        $"{link.Access} link to map {link.MapId}{(link.PasscodeHash is null ? "" : ", with passcode")}{(link.IncludesData ? ", with data view" : "")}"
        + (link.ExpiresAt is { } e ? $", expires {e.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC" : "");
}
