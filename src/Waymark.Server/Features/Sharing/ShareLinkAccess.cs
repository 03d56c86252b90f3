using Waymark.Data;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// Wraps whatever <see cref="IWorkspaceAccess"/> is registered (accounts off: the local owner; accounts on: members).
/// A request without a guest cookie gets the inner access's answer. A request with one is a guest's browser: it is
/// the link's guest when the ticket is live and for this workspace, and nobody otherwise (the filter then answers 401)
/// — unless the inner access finds a signed-in member, who stays themselves. So a revoked link shuts its guest out at
/// once even with accounts off, where the inner access would make anyone the owner.
/// </summary>
internal sealed class ShareLinkAccess(IWorkspaceAccess inner, ShareGuests guests) : IWorkspaceAccess
{
    public async ValueTask<Caller?> FindCallerAsync(HttpContext http, string workspaceId)
    {
        var caller = await inner.FindCallerAsync(http, workspaceId);
        if (!guests.HasTicket(http) || caller?.Kind == CallerKind.Member)
        {
            return caller;
        }

        var db = http.RequestServices.GetRequiredService<WaymarkDbContext>();
        if (await guests.FindAsync(http, db) is not { } guest || guest.Link.WorkspaceId != workspaceId)
        {
            return null;
        }

        await guests.TouchAsync(db, guest.Link, http.RequestAborted);
        return ShareGuests.CallerOf(guest.Ticket, guest.Link);
    }
}
