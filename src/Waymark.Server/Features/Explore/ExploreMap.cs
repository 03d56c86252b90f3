using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Explore;

/// <summary>The map an Explore view is asked about: none when the query names none, else the map or a 404.</summary>
internal readonly record struct ExploreMap(JourneyMap? Map, ProblemHttpResult? Missing)
{
    public static async Task<ExploreMap> LoadAsync(WaymarkDbContext db, string workspaceId, string? mapId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(mapId))
        {
            return default;
        }

        var map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct);
        return map is null ? new ExploreMap(null, Problems.NotFound("map", mapId)) : new ExploreMap(map, null);
    }
}
