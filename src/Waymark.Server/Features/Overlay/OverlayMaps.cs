using Waymark.Analytics.Overlay;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Overlay;

/// <summary>A journey map as the overlay engine reads it: stages and steps in order, each step's binding.</summary>
internal static class OverlayMaps
{
    public static List<OverlayStage> Stages(JourneyMap map) => OverlayStages.FromMap(map);
}
