using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Votes;

/// <summary>The ids of the ideas a map holds now: votes count only on these (an idea taken off the map gives its votes back).</summary>
internal static class MapIdeas
{
    /// <summary>Null when the workspace has no such map.</summary>
    public static async Task<HashSet<string>?> LoadAsync(WaymarkDbContext db, string workspaceId, string mapId, CancellationToken ct)
    {
        var map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct);
        return map is null ? null : IdsOf(map);
    }

    public static HashSet<string> IdsOf(JourneyMap map)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lane in map.Lanes)
        {
            foreach (var cell in lane.Cells.Values)
            {
                foreach (var idea in cell.Ideas)
                {
                    ids.Add(idea.Id);
                }
            }
        }

        return ids;
    }
}
