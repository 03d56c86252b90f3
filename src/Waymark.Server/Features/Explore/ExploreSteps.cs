using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Explore;

/// <summary>
/// Explore's steps as the engine's funnel steps: a map step is what its binding says (any of its activities, on an
/// event where its conditions hold), named by its label, exactly as the overlay reads it; an activity is itself.
/// </summary>
public static class ExploreSteps
{
    /// <summary>The engine's steps, or the problems (JSON path <paramref name="path"/>[i]) that stop them.</summary>
    public static (List<FunnelStep> Steps, List<MapProblem> Problems) Resolve(
        JourneyMap? map, IReadOnlyList<ExploreStepRef>? refs, string path)
    {
        var steps = new List<FunnelStep>();
        var problems = new List<MapProblem>();
        if (refs is null)
        {
            return (steps, problems);
        }

        var mapSteps = map?.Stages.SelectMany(s => s.Steps).ToDictionary(s => s.Id, StringComparer.Ordinal) ?? [];
        var bindings = map is null ? [] : OverlayStages.FromMap(map).SelectMany(s => s.Steps).ToDictionary(s => s.Id, StringComparer.Ordinal);
        for (var i = 0; i < refs.Count; i++)
        {
            var at = $"{path}[{i}]";
            var r = refs[i];
            if (r is null || string.IsNullOrEmpty(r.StepId) == string.IsNullOrEmpty(r.Activity))
            {
                problems.Add(new MapProblem(at, "a step names either a map step (stepId) or an activity, not both or neither"));
            }
            else if (!string.IsNullOrEmpty(r.Activity))
            {
                steps.Add(FunnelStep.Of(r.Activity));
            }
            else if (map is null)
            {
                problems.Add(new MapProblem($"{at}.stepId", "a map step needs the map it is on (map)"));
            }
            else if (!mapSteps.TryGetValue(r.StepId!, out var step))
            {
                problems.Add(new MapProblem($"{at}.stepId", $"the map has no step '{r.StepId}'"));
            }
            else if (!bindings[step.Id].Bound)
            {
                problems.Add(new MapProblem($"{at}.stepId", $"the step '{Label(step)}' is not bound to any activity yet"));
            }
            else
            {
                var bound = bindings[step.Id];
                steps.Add(new FunnelStep(Label(step), bound.Activities) { Conditions = bound.Conditions });
            }
        }

        return (steps, problems);
    }

    private static string Label(Step step) => string.IsNullOrWhiteSpace(step.Name) ? step.Id : step.Name;
}
