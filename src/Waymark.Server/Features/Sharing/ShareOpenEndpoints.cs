using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// The guest's side, outside the workspace group: open a link (token and passcode in the body, never in a URL),
/// read the open session back after a reload, and leave. Opening sets the guest cookie (<see cref="GuestTickets"/>).
/// </summary>
public static class ShareOpenEndpoints
{
    private const int MaxName = 80;

    public static IEndpointRouteBuilder MapShareOpen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/share").WithTags("Sharing");
        group.MapPost("/open", Open).WithName("OpenShareLink")
            .WithSummary("Opens a share link with its token (and passcode): answers the shared map and sets the guest cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/session", Session).WithName("GetShareSession")
            .WithSummary("The shared map this browser's guest cookie opens, if it still does.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/session", Leave).WithName("LeaveShareSession").WithSummary("Forgets this browser's guest cookie.");
        return app;
    }

    internal static async Task<Results<Ok<SharedMapDto>, ProblemHttpResult>> Open(OpenShareRequest request, HttpContext http, WaymarkDbContext db,
        PasscodeLimiter limiter, GuestTickets tickets, IAuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        var address = ClientAddress.Of(http.Connection.RemoteIpAddress);
        if (limiter.AddressWait(address) is { } wait)
        {
            return ShareProblems.TooManyAttempts(http.Response, wait);
        }

        var parts = ShareLinkSecrets.Split(request.Token);
        var link = parts is { } p ? await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == p.LinkId, ct) : null;
        if (link is null || !ShareLinkSecrets.SecretMatches(link, parts!.Value.Secret))
        {
            limiter.UnknownLink(address);
            return ShareProblems.LinkNotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!ShareGuests.IsLive(link, now))
        {
            return ShareProblems.LinkGone(link.RevokedAt is not null);
        }

        if (link.PasscodeHash is not null && PasscodeRefusal(request, link, address, limiter, http.Response) is { } refused)
        {
            return refused;
        }

        var shared = await SharedMapAsync(db, link, GuestName(request.Name), ct);
        if (shared is null)
        {
            return ShareProblems.LinkNotFound(); // the map went between the lookups
        }

        link.LastUsedAt = now;
        link.Opens++;
        await db.SaveChangesAsync(ct);
        var ticket = new GuestTicket(link.Id, Ids.New("gst"), shared.GuestName);
        tickets.Write(http, ticket);
        await audit.RecordAsync(AuditEntry.By(ShareGuests.CallerOf(ticket, link), link.WorkspaceId, "share-link.opened", link.Id,
            $"{link.Access} link to map {link.MapId} opened by guest {ticket.GuestId}"), ct);
        return TypedResults.Ok(shared);
    }

    internal static async Task<Results<Ok<SharedMapDto>, ProblemHttpResult>> Session(HttpContext http, WaymarkDbContext db, ShareGuests guests, CancellationToken ct)
    {
        var guest = await guests.FindAsync(http, db);
        var shared = guest is { } g ? await SharedMapAsync(db, g.Link, g.Ticket.Name, ct) : null;
        return shared is null ? ShareProblems.NoSession() : TypedResults.Ok(shared);
    }

    internal static NoContent Leave(HttpContext http, GuestTickets tickets)
    {
        tickets.Clear(http);
        return TypedResults.NoContent();
    }

    /// <summary>Null when the passcode is right; else 429 (too many wrong ones, right or not this time) or 401.</summary>
    private static ProblemHttpResult? PasscodeRefusal(OpenShareRequest request, ShareLinkEntity link, string address, PasscodeLimiter limiter, HttpResponse response)
    {
        if (limiter.PasscodeWait(link.Id, address) is { } wait)
        {
            return ShareProblems.TooManyAttempts(response, wait);
        }

        if (string.IsNullOrEmpty(request.Passcode))
        {
            return ShareProblems.PasscodeRequired(wrong: false);
        }

        if (request.Passcode.Length > ShareLinkChecks.MaxPasscode || !ShareLinkSecrets.PasscodeMatches(link, request.Passcode))
        {
            limiter.WrongPasscode(link.Id, address);
            return ShareProblems.PasscodeRequired(wrong: true);
        }

        return null;
    }

    private static Task<SharedMapDto?> SharedMapAsync(WaymarkDbContext db, ShareLinkEntity link, string guestName, CancellationToken ct) =>
        db.Maps.AsNoTracking().Where(m => m.Id == link.MapId && m.WorkspaceId == link.WorkspaceId)
            .Join(db.Workspaces, m => m.WorkspaceId, w => w.Id, (m, w) => new SharedMapDto(
                w.Id, w.Name, m.Id, m.Name, link.Access, link.IncludesData, link.ExpiresAt, guestName))
            .FirstOrDefaultAsync(ct);

    private static string GuestName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Any(char.IsControl))
        {
            return "Guest";
        }

        return (trimmed.Length > MaxName ? trimmed[..MaxName] : trimmed) + " (guest)";
    }
}
