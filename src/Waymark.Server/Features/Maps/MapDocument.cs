using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;

namespace Waymark.Server.Features.Maps;

/// <summary>Reads a stored map as the model, for the analyses that lay data over it (overlay, paths, timeline).</summary>
internal static class MapDocument
{
    /// <summary>The map, or null when the workspace has no map with this id.</summary>
    public static async Task<JourneyMap?> LoadAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        return entity is null ? null : MapSerializer.Read(entity.Document, MapFormat.Json).Map;
    }
}
