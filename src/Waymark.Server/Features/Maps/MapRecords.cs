using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Maps;

/// <summary>
/// Keeps a map row, its metadata columns and its revisions in step with the document: every write goes
/// through here, so a save is always document + metadata + one new revision, in one SaveChanges.
/// </summary>
internal static class MapRecords
{
    public static MapEntity Add(WaymarkDbContext db, string workspaceId, JourneyMap map, string author, string summary)
    {
        var now = DateTime.UtcNow;
        var entity = new MapEntity { Id = map.Id, WorkspaceId = workspaceId, CreatedAt = now, Version = 0 };
        db.Maps.Add(entity);
        Apply(db, entity, map, author, summary, now);
        return entity;
    }

    public static void Update(WaymarkDbContext db, MapEntity entity, JourneyMap map, string author, string summary) =>
        Apply(db, entity, map, author, summary, DateTime.UtcNow);

    /// <summary>A change by co-editing ops: document and metadata, and a revision only when asked (every so many ops).</summary>
    public static void Change(WaymarkDbContext db, MapEntity entity, JourneyMap map, string author, string summary, bool revision) =>
        Apply(db, entity, map, author, summary, DateTime.UtcNow, revision);

    public static MapSummary Summary(MapEntity e) => new(
        e.Id, e.WorkspaceId, e.Name, e.Kind, e.Description, e.StageCount, e.StepCount,
        e.PersonaNames.Length == 0 ? [] : e.PersonaNames.Split('\n'),
        e.BasedOnMapId, e.ReviewBy, e.OwnerId, e.CreatedAt, e.UpdatedAt, e.UpdatedBy, e.Version, e.SourceId);

    public static string KindName(MapKind kind)
    {
        var name = kind.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }

    private static void Apply(WaymarkDbContext db, MapEntity e, JourneyMap map, string author, string summary, DateTime now, bool revision = true)
    {
        var json = MapSerializer.ToJson(map);
        e.Name = map.Name;
        e.Kind = KindName(map.Kind);
        e.Description = map.Description;
        e.StageCount = map.Stages.Count;
        e.StepCount = map.StepCount();
        e.PersonaNames = string.Join('\n', map.Personas.Select(p => p.Name.Replace('\n', ' ')));
        e.BasedOnMapId = map.BasedOnMapId;
        e.ReviewBy = map.Scope.ReviewBy;
        e.OwnerId = map.Scope.OwnerId;
        e.UpdatedAt = now;
        e.UpdatedBy = author;
        e.Version++;
        e.Document = json;
        if (!revision)
        {
            return;
        }

        db.MapRevisions.Add(new MapRevisionEntity
        {
            MapId = e.Id,
            Number = e.Version,
            Author = author,
            CreatedAt = now,
            Summary = summary.Length > 500 ? summary[..500] : summary,
            Document = json,
            OpSeq = e.OpSeq,
        });
    }

    /// <summary>
    /// Gives the revision this context is about to add for the map the map's op seq now: a PUT's revision is written
    /// before its op is logged (DocumentPuts), and history rebuilds from a revision at the seq it holds.
    /// </summary>
    public static void StampRevision(WaymarkDbContext db, MapEntity e)
    {
        foreach (var entry in db.ChangeTracker.Entries<MapRevisionEntity>())
        {
            if (entry.State == Microsoft.EntityFrameworkCore.EntityState.Added && entry.Entity.MapId == e.Id)
            {
                entry.Entity.OpSeq = e.OpSeq;
            }
        }
    }
}
