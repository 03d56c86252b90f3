using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Server.Features.Common;

/// <summary>
/// The one way a handler saves tracked changes that another request may race: a lost race (the row changed or went,
/// the id was taken, the workspace was deleted) comes back as false instead of an exception, so the handler reads
/// what is there now and answers 404, 409 or 412 rather than 500.
/// </summary>
internal static class Saves
{
    /// <summary>
    /// False when another request won: SaveChanges runs in one transaction, so nothing of this save was written, and
    /// the change tracker is cleared so that the handler's next read sees the stored rows, not its own.
    /// </summary>
    public static async Task<bool> TrySaveAsync(WaymarkDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (WriteRaces.IsLostRace(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Whether the workspace is still there, for a save that lost a race: 404 when it was deleted meanwhile.</summary>
    public static Task<bool> WorkspaceExistsAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct) =>
        db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct);
}
