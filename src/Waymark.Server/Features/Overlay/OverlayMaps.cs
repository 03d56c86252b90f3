using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Overlay;

/// <summary>A journey map as the overlay engine reads it: stages and steps in order, each step's binding.</summary>
internal static class OverlayMaps
{
    public static List<OverlayStage> Stages(JourneyMap map) =>
        [.. map.Stages.Select(stage => new OverlayStage(stage.Id, [.. stage.Steps.Select(Step)]))];

    private static OverlayStep Step(Step step)
    {
        var binding = step.Binding;
        var activities = binding?.Activities.Where(a => !string.IsNullOrEmpty(a)).ToList() ?? [];
        var conditions = binding?.Filter.Select(f => new PropertyCondition(f.Property, f.Value)).ToList() ?? [];
        return new OverlayStep(step.Id, activities, conditions);
    }
}
