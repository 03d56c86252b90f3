using Waymark.Analytics.Engine;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Overlay;

/// <summary>A journey map as the overlay reads it: stages and steps in order, each step's binding as activities and conditions.</summary>
public static class OverlayStages
{
    public static List<OverlayStage> FromMap(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return [.. map.Stages.Select(stage => new OverlayStage(stage.Id, [.. stage.Steps.Select(Step)]))];
    }

    private static OverlayStep Step(Step step)
    {
        var binding = step.Binding;
        var activities = binding?.Activities.Where(a => !string.IsNullOrEmpty(a)).ToList() ?? [];
        var conditions = binding?.Filter.Select(f => new PropertyCondition(f.Property, f.Value)).ToList() ?? [];
        return new OverlayStep(step.Id, activities, conditions);
    }
}
