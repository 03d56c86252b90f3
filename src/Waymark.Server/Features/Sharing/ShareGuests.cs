using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// The guest behind a request: its ticket, and the link it names as it stands now (not revoked, not expired). Looked
/// up on every request, so revoking a link or passing its expiry shuts its guests out at once.
/// </summary>
internal sealed class ShareGuests(GuestTickets tickets, TimeProvider time)
{
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    public bool HasTicket(HttpContext http) => http.Request.Cookies.ContainsKey(GuestTickets.CookieName);

    /// <summary>The request's guest and its live link, or null.</summary>
    public async Task<(GuestTicket Ticket, ShareLinkEntity Link)?> FindAsync(HttpContext http, WaymarkDbContext db)
    {
        if (tickets.Read(http) is not { } ticket)
        {
            return null;
        }

        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == ticket.LinkId, http.RequestAborted);
        return link is not null && IsLive(link, time.GetUtcNow().UtcDateTime) ? (ticket, link) : null;
    }

    /// <summary>The guest as a caller of the link's workspace: a viewer or commenter of the link's one map.</summary>
    public static Caller CallerOf(GuestTicket ticket, ShareLinkEntity link) =>
        new(CallerKind.ShareGuest, null, ticket.Name, ShareLinkAccessKind.RoleOf(link.Access), link.MapId, link.Id)
        {
            GuestId = ticket.GuestId,
            SeesMapData = link.IncludesData,
        };

    public static bool IsLive(ShareLinkEntity link, DateTime now) => link.RevokedAt is null && (link.ExpiresAt is null || link.ExpiresAt > now);

    /// <summary>Marks the link used now; at most once a minute per link, so guests reading a map do not write on every request.</summary>
    public async Task TouchAsync(WaymarkDbContext db, ShareLinkEntity link, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (link.LastUsedAt is { } last && now - last < UseResolution)
        {
            return;
        }

        var before = now - UseResolution;
        await db.ShareLinks.Where(l => l.Id == link.Id && (l.LastUsedAt == null || l.LastUsedAt < before))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAt, now), ct);
    }
}
