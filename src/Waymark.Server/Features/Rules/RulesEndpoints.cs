using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// A map's journey rules (docs/adr/054-journey-rules.md): anyone who reads the map reads them; editors create,
/// change, delete, backtest and test-send. Firing happens in <see cref="RuleEvaluator"/>, never in a request.
/// </summary>
public static class RulesEndpoints
{
    public static RouteGroupBuilder MapRules(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps/{mapId}/rules").WithTags("Rules");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListRules").WithSummary("The map's rules, newest first, with their state and firing counts.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Editor).WithName("CreateRule").WithSummary("Adds a rule to the map.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/backtest", RuleBacktestEndpoint.Backtest).RequireRole(WorkspaceRole.Editor).WithName("BacktestRule")
            .WithSummary("What a rule would have done over the stored events of a period: customers, firings, examples.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{ruleId}", Get).RequireRole(WorkspaceRole.Viewer).WithName("GetRule").WithSummary("One rule of the map.");
        group.MapPut("/{ruleId}", Update).RequireRole(WorkspaceRole.Editor).WithName("UpdateRule").WithSummary("Replaces the whole rule, its enabled state included.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{ruleId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeleteRule").WithSummary("Deletes the rule with its firings and timers.");
        group.MapPost("/{ruleId}/test", RuleTestSend.Send).RequireRole(WorkspaceRole.Editor).WithName("TestRule")
            .WithSummary("Sends a sample firing to the rule's endpoints as its event type; nothing else changes.");
        group.MapGet("/{ruleId}/firings", RuleFirings.List).RequireRole(WorkspaceRole.Viewer).WithName("ListRuleFirings")
            .WithSummary("The rule's firings with their deliveries, newest first, paged by before.");
        workspace.MapGet("/maps/{mapId}/live", RuleLive.Get).RequireRole(WorkspaceRole.Viewer).WithTags("Rules").WithName("GetMapLive")
            .WithSummary("Per step: customers in flight and stalled now, and the rules that fire there.");
        return workspace;
    }

    public static async Task<Results<Ok<RuleDto[]>, ProblemHttpResult>> List(string workspaceId, string mapId, WaymarkDbContext db, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var rows = await db.Rules.AsNoTracking().Where(r => r.MapId == mapId && r.WorkspaceId == workspaceId).ToListAsync(ct);
        var world = await RuleWorlds.ReadAsync(db, workspaceId, map, ct);
        var counts = await RuleWorlds.CountsAsync(db, [.. rows.Select(r => r.Id)], ct);
        return TypedResults.Ok(rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal)
            .Select(r => RuleMapping.ToDto(r, RuleMapping.Read(r), world, counts.GetValueOrDefault(r.Id) ?? RuleCounts.None)).ToArray());
    }

    public static async Task<Results<Ok<RuleDto>, ProblemHttpResult>> Get(string workspaceId, string mapId, string ruleId, WaymarkDbContext db, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var entity = await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ruleId && r.MapId == mapId && r.WorkspaceId == workspaceId, ct);
        return entity is null ? Problems.NotFound("rule", ruleId) : TypedResults.Ok(await DtoAsync(db, workspaceId, map, entity, ct));
    }

    internal static async Task<Results<Created<RuleDto>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, string mapId, RuleRequest request, HttpContext http, WaymarkDbContext db, IEventStore events, IFeedbackStore feedback,
        IAuditTrail audit, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var world = await RuleWorlds.ReadAsync(db, workspaceId, map, ct);
        if (RuleRequestCheck.Problems(request, world) is { Count: > 0 } problems)
        {
            return Problems.Invalid(problems, "The rule is not valid");
        }

        if (await db.Rules.CountAsync(r => r.MapId == mapId, ct) >= RuleLimits.MaxRulesPerMap)
        {
            return TypedResults.Problem($"A map has at most {RuleLimits.MaxRulesPerMap} rules; delete one first.", statusCode: StatusCodes.Status409Conflict, title: "Too many rules");
        }

        var now = DateTime.UtcNow;
        var entity = new RuleEntity
        {
            Id = Ids.New("rul"), WorkspaceId = workspaceId, MapId = mapId, CreatedBy = http.Caller().DisplayName, CreatedAt = now,
        };
        await ApplyAsync(db, entity, request, now, events, feedback, ct);
        db.Rules.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("map", mapId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.RuleCreated, mapId, entity.Name);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/maps/{mapId}/rules/{entity.Id}", await DtoAsync(db, workspaceId, map, entity, ct));
    }

    internal static async Task<Results<Ok<RuleDto>, ValidationProblem, ProblemHttpResult>> Update(
        string workspaceId, string mapId, string ruleId, RuleRequest request, HttpContext http, WaymarkDbContext db, IEventStore events,
        IFeedbackStore feedback, IAuditTrail audit, CancellationToken ct)
    {
        if (await MapDocument.LoadAsync(db, workspaceId, mapId, ct) is not { } map)
        {
            return Problems.NotFound("map", mapId);
        }

        var entity = await db.Rules.FirstOrDefaultAsync(r => r.Id == ruleId && r.MapId == mapId && r.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("rule", ruleId);
        }

        var world = await RuleWorlds.ReadAsync(db, workspaceId, map, ct);
        if (RuleRequestCheck.Problems(request, world) is { Count: > 0 } problems)
        {
            return Problems.Invalid(problems, "The rule is not valid");
        }

        var before = entity.Definition;
        await ApplyAsync(db, entity, request, DateTime.UtcNow, events, feedback, ct);
        if (!entity.Enabled || RuleTriggerChanged(before, entity.Definition))
        {
            // Timers armed under the old trigger (or while on) stop: a rule off fires nothing.
            await db.RuleTimers.Where(t => t.RuleId == entity.Id && t.State == RuleTimerStates.Armed)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, RuleTimerStates.Cancelled), ct);
        }

        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("rule", ruleId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.RuleUpdated, mapId, $"{entity.Name} ({(entity.Enabled ? "on" : "off")})");
        return TypedResults.Ok(await DtoAsync(db, workspaceId, map, entity, ct));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string workspaceId, string mapId, string ruleId, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var name = await db.Rules.Where(r => r.Id == ruleId && r.MapId == mapId && r.WorkspaceId == workspaceId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var deleted = name is null ? 0 : await db.Rules.Where(r => r.Id == ruleId && r.MapId == mapId && r.WorkspaceId == workspaceId).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            return Problems.NotFound("rule", ruleId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.RuleDeleted, mapId, name);
        return TypedResults.NoContent();
    }

    /// <summary>Fills the entity from a checked request; switching on records the store sequences so history does not fire.</summary>
    private static async Task ApplyAsync(
        WaymarkDbContext db, RuleEntity entity, RuleRequest request, DateTime now, IEventStore events, IFeedbackStore feedback, CancellationToken ct)
    {
        var enabling = request.Enabled == true && !entity.Enabled;
        entity.Name = request.Name!.Trim();
        entity.Enabled = request.Enabled == true;
        entity.Kind = request.Trigger!.Kind!;
        entity.Definition = RuleMapping.Store(request);
        entity.UpdatedAt = now;
        if (enabling)
        {
            await RuleHistoryEnd.MarkAsync(db, events, feedback, entity, ct);
        }
    }

    private static bool RuleTriggerChanged(string before, string after) =>
        !string.Equals(System.Text.Json.Nodes.JsonNode.Parse(before)?["trigger"]?.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(after)?["trigger"]?.ToJsonString(), StringComparison.Ordinal);

    private static async Task<RuleDto> DtoAsync(WaymarkDbContext db, string workspaceId, JourneyMap map, RuleEntity entity, CancellationToken ct)
    {
        var world = await RuleWorlds.ReadAsync(db, workspaceId, map, ct);
        var counts = await RuleWorlds.CountsAsync(db, [entity.Id], ct);
        return RuleMapping.ToDto(entity, RuleMapping.Read(entity), world, counts.GetValueOrDefault(entity.Id) ?? RuleCounts.None);
    }
}
