using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Caches;

namespace Waymark.Server.Features.Sources;

/// <summary>
/// A map's evidence comes from the one event source it is bound to (the maps table's SourceId), never from the
/// workspace at large: an unbound map reads an empty log, so its steps show no figures until a source is connected.
/// </summary>
public static class MapLogs
{
    /// <summary>The source a map is bound to, or null (unbound, or no such map).</summary>
    public static async Task<EventSourceKey?> SourceOfAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct)
    {
        var sourceId = await db.Maps.AsNoTracking().Where(m => m.Id == mapId && m.WorkspaceId == workspaceId)
            .Select(m => m.SourceId).FirstOrDefaultAsync(ct);
        return sourceId is null ? null : new EventSourceKey(workspaceId, sourceId);
    }

    /// <summary>The log of the map's source, or an empty log when the map is bound to none.</summary>
    public static async Task<EventLog> ForMapAsync(this EventLogCache logs, WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct)
    {
        var source = await SourceOfAsync(db, workspaceId, mapId, ct);
        return source is { } key ? await logs.GetAsync(key, ct) : EventLogCache.Empty;
    }
}
