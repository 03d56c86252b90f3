using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Webhooks;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// A sample firing sent to each of the rule's endpoints as the rule's event type (the customer is "sample"), so a
/// receiver can be tried before the rule goes on. No firing is recorded; only the deliveries are added.
/// </summary>
public static class RuleTestSend
{
    public static async Task<Results<Ok<RuleTestResult>, ProblemHttpResult>> Send(
        string workspaceId, string mapId, string ruleId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var entity = await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ruleId && r.MapId == mapId && r.WorkspaceId == workspaceId, ct);
        if (entity is null || await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("rule", ruleId);
        }

        var definition = RuleMapping.Read(entity);
        var step = map.AllSteps().FirstOrDefault(s => s.Id == definition.Trigger.StepId);
        var mapName = await db.Maps.AsNoTracking().Where(m => m.Id == mapId).Select(m => m.Name).FirstOrDefaultAsync(ct) ?? "";
        var segment = string.IsNullOrEmpty(definition.Trigger.SegmentId) ? null : await SegmentStore.FindAsync(db, workspaceId, definition.Trigger.SegmentId, ct);
        var payload = new RulePayload(
            new RulePayloadRef(entity.Id, entity.Name), new RulePayloadRef(mapId, mapName),
            new RulePayloadCustomer("sample", new Dictionary<string, string> { ["test"] = "true", ["sentBy"] = http.Caller().DisplayName }),
            step is null ? null : new RulePayloadStep(step.Id, step.Name), null, null,
            segment is null ? null : new RulePayloadRef(segment.Id, segment.Name), DateTime.UtcNow);
        var type = RuleKinds.EventType(entity.Kind);
        var ids = new List<string>();
        foreach (var endpoint in definition.Actions.WebhookEndpointIds ?? [])
        {
            if (await WebhookOutbox.EnqueueAsync(db, workspaceId, endpoint, type, payload, ct) is { } id)
            {
                ids.Add(id);
            }
        }

        await db.SaveChangesAsync(ct);
        http.RequestServices.GetService<WebhookSignal>()?.Notify();
        return TypedResults.Ok(new RuleTestResult(ids));
    }
}
