using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Segments;

/// <summary>Segments as stored (conditions as one JSON document) and as the API and the overlay read them.</summary>
public static class SegmentStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SegmentDto ToDto(SegmentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new SegmentDto(entity.Id, entity.Name, entity.Description, ConditionsOf(entity), entity.UpdatedAt);
    }

    public static SegmentConditions ConditionsOf(SegmentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return JsonSerializer.Deserialize<SegmentConditions>(entity.Conditions, Json) ?? SegmentConditions.None;
    }

    public static string Serialize(SegmentConditions conditions) => JsonSerializer.Serialize(conditions, Json);

    /// <summary>The workspace's segment, or null.</summary>
    public static Task<SegmentEntity?> FindAsync(WaymarkDbContext db, string workspaceId, string segmentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == segmentId && s.WorkspaceId == workspaceId, ct);
    }
}
