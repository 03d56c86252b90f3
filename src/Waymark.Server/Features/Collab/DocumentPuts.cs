using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Core.Operations;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// The whole-document PUT (files, the CLI) in the op log: logged as a replaceDocument op in the same SaveChanges as
/// the document (a racing batch takes the same seq or Version, so one of them loses), and broadcast once saved.
/// Things the new document holds lose their tombstones, as with any replaceDocument.
/// </summary>
internal static class DocumentPuts
{
    public static async Task<AppliedOp> LogAsync(WaymarkDbContext db, MapEntity entity, JourneyMap map, Caller? caller, string author, CancellationToken ct)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        held.UnionWith(map.Stages.Select(s => "stage:" + s.Id));
        held.UnionWith(map.AllSteps().Select(s => "step:" + s.Id));
        held.UnionWith(map.Lanes.Select(l => "lane:" + l.Id));
        held.UnionWith(map.Personas.Select(p => "persona:" + p.Id));
        foreach (var tomb in await db.MapTombstones.Where(t => t.MapId == entity.Id).ToListAsync(ct))
        {
            if (held.Contains(tomb.Kind + ":" + tomb.ItemId))
            {
                db.MapTombstones.Remove(tomb);
            }
        }

        var editJson = $$"""{"type":"replaceDocument","map":{{entity.Document}}}""";
        var row = new MapOperationEntity
        {
            MapId = entity.Id, Seq = entity.OpSeq + 1, OpId = "put-" + Guid.NewGuid().ToString("N"),
            AuthorId = OperationLog.Clip(caller?.UserId ?? caller?.GuestId ?? Caller.LocalUserId), AuthorName = OperationLog.Clip(author),
            At = DateTime.UtcNow, EditJson = editJson,
        };
        db.MapOperations.Add(row);
        entity.OpSeq = row.Seq;
        MapRecords.StampRevision(db, entity);
        return new AppliedOp(row.Seq, row.OpId, row.AuthorId, row.AuthorName, row.At, JsonDocument.Parse(editJson).RootElement.Clone());
    }

    public static Task BroadcastAsync(IServiceProvider services, string mapId, AppliedOp op) =>
        services.GetRequiredService<IHubContext<CollabHub>>().Clients.Group(CollabHub.GroupOf(mapId)).SendAsync("Applied", mapId, new[] { op });
}
