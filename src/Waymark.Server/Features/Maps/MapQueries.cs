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

    public static Task<bool> IdTakenAsync(WaymarkDbContext db, string mapId, CancellationToken ct) =>
        db.Maps.AnyAsync(m => m.Id == mapId, ct);
}
