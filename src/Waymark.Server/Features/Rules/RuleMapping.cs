using System.Text.Json;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Rules;

/// <summary>Between the rules table and the API: the definition as JSON, and a rule's state (on, off, broken and why).</summary>
internal static class RuleMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Store(RuleRequest request) => JsonSerializer.Serialize(Definition(request), Json);

    public static RuleDefinition Definition(RuleRequest r) => new(
        r.Trigger!,
        new RuleConditions { SegmentId = string.IsNullOrEmpty(r.Conditions?.SegmentId) ? null : r.Conditions.SegmentId, Attributes = r.Conditions?.Attributes ?? [] },
        r.Frequency!,
        new RuleActions { WebhookEndpointIds = [.. (r.Actions?.WebhookEndpointIds ?? []).Distinct(StringComparer.Ordinal)], ActivityFeed = r.Actions?.ActivityFeed ?? false });

    public static RuleDefinition Read(RuleEntity entity) =>
        JsonSerializer.Deserialize<RuleDefinition>(entity.Definition, Json) ?? throw new InvalidOperationException($"Rule {entity.Id} has no definition.");

    /// <summary>Why the rule cannot run (a step, segment or endpoint it names is gone), or null.</summary>
    public static string? Problem(RuleDefinition d, RuleWorld world)
    {
        var t = d.Trigger;
        foreach (var step in new[] { t.StepId, t.UntilStepId })
        {
            if (step is not null && !world.Steps.ContainsKey(step))
            {
                return $"step '{step}' was deleted from the map";
            }
        }

        foreach (var segment in new[] { t.SegmentId, d.Conditions.SegmentId })
        {
            if (!string.IsNullOrEmpty(segment) && !world.Segments.Contains(segment))
            {
                return $"segment '{segment}' was deleted";
            }
        }

        return (d.Actions.WebhookEndpointIds ?? []).FirstOrDefault(id => !world.Endpoints.Contains(id)) is { } gone
            ? $"webhook endpoint '{gone}' was deleted"
            : null;
    }

    public static RuleDto ToDto(RuleEntity e, RuleDefinition d, RuleWorld world, RuleCounts counts)
    {
        var problem = Problem(d, world);
        var state = problem is not null ? "broken" : e.Enabled ? "on" : "off";
        return new RuleDto(e.Id, e.MapId, e.Name, e.Enabled, d.Trigger, d.Conditions, d.Frequency, d.Actions, e.CreatedAt, e.UpdatedAt,
            e.CreatedBy, counts.LastFiredAt, counts.Last24h, counts.Total, state, problem);
    }
}
