using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Where history ends for a rule being switched on: the highest sequence of its map's event source and of the
/// workspace's feedback, asked of the stores that hold them (the relational tables, or ClickHouse), so the evaluator
/// starts after them and the rule fires only for what is stored from now on.
/// </summary>
internal static class RuleHistoryEnd
{
    public static async Task MarkAsync(WaymarkDbContext db, IEventStore events, IFeedbackStore feedback, RuleEntity entity, CancellationToken ct)
    {
        var (ws, mapId) = (entity.WorkspaceId, entity.MapId);
        var sourceId = await db.Maps.Where(m => m.Id == mapId && m.WorkspaceId == ws).Select(m => m.SourceId).FirstOrDefaultAsync(ct);
        entity.EventsAfter = sourceId is null ? 0 : await events.LastSequenceAsync(new EventSourceKey(ws, sourceId), ct);
        entity.FeedbackAfter = await feedback.LastSequenceAsync(ws, ct);
    }
}
