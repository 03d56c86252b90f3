using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Paths;

/// <summary>Reads a stored map as the model, for the analyses that lay data over it.</summary>
internal static class MapDocument
{
    /// <summary>The map, or null when the workspace has no map with this id.</summary>
    public static async Task<JourneyMap?> LoadAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct)
    {
        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        return entity is null ? null : MapSerializer.Read(entity.Document, MapFormat.Json).Map;
    }
}
