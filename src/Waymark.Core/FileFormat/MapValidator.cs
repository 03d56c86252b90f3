using System.Globalization;
using Waymark.Core.FileFormat.Internals;
using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat;

/// <summary>
/// Checks a parsed map against the rules a file cannot express by its shape alone. Every problem is returned, each
/// with the JSON path of what is wrong, in the same terms as the file ("stages[2].steps[0].name").
/// </summary>
public static class MapValidator
{
    /// <summary>Every problem of a parsed map: ids, references, scales, lane rules, limits.</summary>
    public static IReadOnlyList<MapProblem> Validate(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var v = new ValidationContext();
        var facts = new MapFacts(map);
        CheckHeader(map, v);
        CheckScope(map.Scope, v);
        foreach (var (persona, path) in v.Each("personas", map.Personas))
        {
            PersonaChecks.Check(persona, path, v);
        }

        CheckStages(map, v);
        CheckJourneyEnds(map, v);
        foreach (var (lane, path) in v.Each("lanes", map.Lanes))
        {
            LaneChecks.Check(lane, path, facts, v);
        }

        return v.Problems;
    }

    private static void CheckHeader(JourneyMap map, ValidationContext v)
    {
        if (map.SchemaVersion != JourneyMap.CurrentSchemaVersion)
        {
            var version = map.SchemaVersion.ToString(CultureInfo.InvariantCulture);
            v.Report("schemaVersion", $"schemaVersion {version} is not supported; supported versions: {JourneyMap.CurrentSchemaVersion}");
        }

        v.Id("id", map.Id, unique: false);
        v.Name("name", map.Name);
        v.Text("description", map.Description);
        v.Defined("kind", map.Kind);
        if (map.BasedOnMapId is not null)
        {
            v.Id("basedOnMapId", map.BasedOnMapId, unique: false);
        }

        v.Defined("emotionScale", map.EmotionScale);
    }

    private static void CheckScope(MapScope? scope, ValidationContext v)
    {
        if (scope is null)
        {
            return;
        }

        v.Text("scope.goal", scope.Goal);
        v.Text("scope.scenario", scope.Scenario);
        v.Text("scope.segment", scope.Segment);
        v.Channels("scope.channels", scope.Channels);
        foreach (var (target, path) in v.Each("scope.kpiTargets", scope.KpiTargets))
        {
            v.Id(DocPath.Property(path, "id"), target.Id);
            v.Name(DocPath.Property(path, "name"), target.Name);
            v.Text(DocPath.Property(path, "unit"), target.Unit);
        }

        v.Text("scope.owner", scope.Owner);
        if (scope.OwnerId is not null)
        {
            v.Id("scope.ownerId", scope.OwnerId, unique: false);
        }

        if (scope.ReviewEveryDays is < 1 or > MapScope.MaxReviewEveryDays)
        {
            v.Report("scope.reviewEveryDays", string.Create(CultureInfo.InvariantCulture, $"reviewEveryDays is {scope.ReviewEveryDays}; it must be 1 to {MapScope.MaxReviewEveryDays} days"));
        }

        v.Short("scope.reviewedBy", scope.ReviewedBy, 200, "reviewedBy");
    }

    /// <summary>The entry and outcome must name steps of this map, the entry before the outcome in map order.</summary>
    private static void CheckJourneyEnds(JourneyMap map, ValidationContext v)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stage in map.Stages ?? [])
        {
            foreach (var step in stage?.Steps ?? [])
            {
                if (step?.Id is { } id)
                {
                    order.TryAdd(id, order.Count);
                }
            }
        }

        var entry = StepPosition(map.EntryStepId, "entryStepId", order, v);
        var outcome = StepPosition(map.OutcomeStepId, "outcomeStepId", order, v);
        if (entry is { } e && outcome is { } o && e >= o)
        {
            v.Report("outcomeStepId", $"the outcome step \"{map.OutcomeStepId}\" must come after the entry step \"{map.EntryStepId}\" in map order");
        }
    }

    private static int? StepPosition(string? stepId, string path, Dictionary<string, int> order, ValidationContext v)
    {
        if (stepId is null)
        {
            return null;
        }

        if (order.TryGetValue(stepId, out var position))
        {
            return position;
        }

        v.Report(path, $"step \"{stepId}\" does not exist in this map");
        return null;
    }

    private static void CheckStages(JourneyMap map, ValidationContext v)
    {
        var steps = 0;
        foreach (var (stage, path) in v.Each("stages", map.Stages))
        {
            v.Id(DocPath.Property(path, "id"), stage.Id);
            v.Name(DocPath.Property(path, "name"), stage.Name);
            v.Text(DocPath.Property(path, "description"), stage.Description);
            v.Text(DocPath.Property(path, "goal"), stage.Goal);
            foreach (var (step, stepPath) in v.Each(DocPath.Property(path, "steps"), stage.Steps))
            {
                steps++;
                StepChecks.Check(step, stepPath, v);
            }
        }

        if (steps > MapLimits.MaxSteps)
        {
            var count = steps.ToString("N0", CultureInfo.InvariantCulture);
            var limit = MapLimits.MaxSteps.ToString("N0", CultureInfo.InvariantCulture);
            v.Report("stages", $"the map has {count} steps; the limit is {limit}");
        }
    }
}
