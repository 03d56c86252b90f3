using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Rules;

/// <summary>A rule's firings, newest first, each with the state of its webhook deliveries now.</summary>
public static class RuleFirings
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static async Task<Results<Ok<RuleFiringPage>, ValidationProblem, ProblemHttpResult>> List(
        string workspaceId, string mapId, string ruleId, [AsParameters] RuleFiringQuery query, WaymarkDbContext db, CancellationToken ct)
    {
        if (query.Limit is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"limit must be 1 to {MaxLimit}; {query.Limit} given");
        }

        if (!await db.Rules.AnyAsync(r => r.Id == ruleId && r.MapId == mapId && r.WorkspaceId == workspaceId, ct))
        {
            return Problems.NotFound("rule", ruleId);
        }

        var limit = query.Limit ?? DefaultLimit;
        var rows = db.RuleFirings.AsNoTracking().Where(f => f.RuleId == ruleId);
        if (!string.IsNullOrEmpty(query.Before))
        {
            var before = query.Before;
            rows = rows.Where(f => string.Compare(f.Id, before) < 0);
        }

        var page = await rows.OrderByDescending(f => f.Id).Take(limit + 1).ToListAsync(ct);
        var firings = page.Take(limit).ToList();
        var ids = firings.SelectMany(f => f.DeliveryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Join(db.WebhookEndpoints.AsNoTracking(), d => d.EndpointId, e => e.Id, (d, e) => new { d.Id, d.EndpointId, e.Url, d.State, d.Attempts, d.LastStatus, d.NextAttemptAt })
            .ToDictionaryAsync(d => d.Id, ct);
        var items = firings.Select(f => new RuleFiringDto(f.Id, f.CustomerId, f.FiredAt, f.EventType, f.Detail,
            [.. f.DeliveryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(deliveries.ContainsKey).Select(id => deliveries[id])
                .Select(d => new RuleFiringDelivery(d.Id, d.EndpointId, d.Url, d.State, d.Attempts, d.LastStatus, d.State == "pending" ? d.NextAttemptAt : null))]))
            .ToArray();
        return TypedResults.Ok(new RuleFiringPage(items, page.Count > limit ? items[^1].Id : null));
    }
}
