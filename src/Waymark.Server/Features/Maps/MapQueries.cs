using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Maps;

internal static class MapQueries
{
    public static Task<MapEntity?> FindAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct, bool tracking = false)
    {
        var maps = tracking ? db.Maps : db.Maps.AsNoTracking();
        return maps.FirstOrDefaultAsync(m => m.Id == mapId && m.WorkspaceId == workspaceId, ct);
    }

    /// <summary>False when someone else saved first (the version no longer matches); nothing is written then.</summary>
    public static async Task<bool> TrySaveAsync(WaymarkDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<MapRevisionEntity>().Any(e => e.State == EntityState.Added))
        {
            // Two saves of one version race to append the same revision number: the loser is stale.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public static Task<bool> IdTakenAsync(WaymarkDbContext db, string mapId, CancellationToken ct) =>
        db.Maps.AnyAsync(m => m.Id == mapId, ct);
}
