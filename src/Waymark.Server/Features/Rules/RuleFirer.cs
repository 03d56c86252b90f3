using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Webhooks;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Turns a rule's candidates into firings in the caller's <see cref="RuleWrites"/> (written with the batch): an occurrence already fired
/// is skipped (a replayed batch adds nothing), then the conditions (segment through the engine's filter, attributes)
/// and the frequency are checked; each firing enqueues its webhooks and, when asked, a line on the map's activity.
/// </summary>
internal static class RuleFirer
{
    private const int MaxDetail = 500;

    public static async Task<int> FireAsync(WaymarkDbContext db, RuleWrites rows, RuleRun run, IReadOnlyList<RuleCandidate> candidates, EventLog log, TimeProvider time, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }

        var id = run.Entity.Id;
        var customers = candidates.Select(c => c.Customer).Distinct(StringComparer.Ordinal).ToList();
        var before = await db.RuleFirings.AsNoTracking().Where(f => f.RuleId == id && customers.Contains(f.CustomerId))
            .Select(f => new { f.CustomerId, f.Occurrence, f.FiredAt }).ToListAsync(ct);
        var occurrences = before.Select(f => (f.CustomerId, f.Occurrence)).ToHashSet();
        var times = before.GroupBy(f => f.CustomerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.FiredAt).ToList(), StringComparer.Ordinal);
        var inSegment = run.Condition is null ? null : Analyze.Admitted(log, SegmentFilters.Apply(run.Condition, default), customers);
        var targets = await WebhookOutbox.TargetsAsync(db, run.Entity.WorkspaceId, run.Definition.Actions.WebhookEndpointIds ?? [], ct);
        var fired = 0;
        foreach (var c in candidates)
        {
            // The app's clock (a test moves it): "after" re-entry and the daily cap are judged by firing time.
            var now = time.GetUtcNow().UtcDateTime;
            var previous = times.GetValueOrDefault(c.Customer) ?? [];
            if (occurrences.Contains((c.Customer, c.Occurrence)) || (inSegment is not null && !inSegment.Contains(c.Customer)) ||
                !RuleMatch.Holds(run.Definition.Conditions.Attributes, key => Attribute(log, c.Customer, key)) ||
                !RuleFrequencyGate.Allows(run.Definition.Frequency, previous, now))
            {
                continue;
            }

            occurrences.Add((c.Customer, c.Occurrence));
            times[c.Customer] = [.. previous, now];
            FireOne(db, rows, run, c, log, targets, now);
            fired++;
        }

        return fired;
    }

    private static void FireOne(WaymarkDbContext db, RuleWrites rows, RuleRun run, RuleCandidate c, EventLog log, Dictionary<string, WebhookTarget> targets, DateTime now)
    {
        var e = run.Entity;
        var type = RuleKinds.EventType(e.Kind);
        var payload = new RulePayload(new RulePayloadRef(e.Id, e.Name), new RulePayloadRef(e.MapId, run.MapName),
            new RulePayloadCustomer(c.Customer, Attributes(log, c.Customer)), c.Step, c.Event, c.Feedback, run.EnteredSegment, now);
        var deliveries = new List<string>();
        foreach (var endpoint in run.Definition.Actions.WebhookEndpointIds ?? [])
        {
            if (WebhookOutbox.Delivery(e.WorkspaceId, endpoint, targets.GetValueOrDefault(endpoint), type, payload) is { } delivery)
            {
                rows.Deliveries.Add(delivery);
                deliveries.Add(delivery.Id);
            }
        }

        rows.Firings.Add(new RuleFiringEntity
        {
            Id = "fir_" + WebhookIds.New(now)[4..], RuleId = e.Id, WorkspaceId = e.WorkspaceId, MapId = e.MapId, CustomerId = c.Customer,
            Occurrence = c.Occurrence, FiredAt = now, EventType = type, Detail = Clip(c.Detail), DeliveryIds = string.Join(' ', deliveries),
        });
        if (run.Definition.Actions.ActivityFeed == true)
        {
            var at = c.Step is { } step ? $" at step '{step.Label}'" : "";
            db.AuditEvents.Add(new AuditEventEntity
            {
                WorkspaceId = e.WorkspaceId, ActorName = WebhookEndpointHealth.SystemActor, Action = AuditActions.RuleFired, Target = e.MapId,
                Detail = AuditText.Clean($"Rule '{e.Name}' fired for customer {c.Customer}{at}: {c.Detail}", 2000), At = now,
            });
        }
    }

    private static string? Attribute(EventLog log, string customerId, string key)
    {
        var customer = log.Customers.IdOf(customerId);
        return customer >= 0 && customer < log.CustomerCount ? log.Attributes.Get(customer, key) : null;
    }

    private static Dictionary<string, string> Attributes(EventLog log, string customerId)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var customer = log.Customers.IdOf(customerId);
        if (customer < 0 || customer >= log.CustomerCount)
        {
            return result;
        }

        for (var k = 0; k < log.Attributes.Keys.Count; k++)
        {
            var key = log.Attributes.Keys[k];
            if (log.Attributes.Get(customer, key) is { } value)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static string Clip(string text) => text.Length <= MaxDetail ? text : text[..(MaxDetail - 1)] + "…";
}
