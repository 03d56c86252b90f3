using Waymark.Core.Maps;

namespace Waymark.Core.Tests.Templates;

/// <summary>Reads facts off a map for the template tests.</summary>
internal static class TemplateFacts
{
    /// <summary>Every id in the document, in document order.</summary>
    public static List<string> AllIds(JourneyMap map)
    {
        var ids = new List<string> { map.Id };
        ids.AddRange(map.Scope.KpiTargets.Select(k => k.Id));
        ids.AddRange(map.Personas.Select(p => p.Id));
        foreach (var stage in map.Stages)
        {
            ids.Add(stage.Id);
            ids.AddRange(stage.Steps.Select(s => s.Id));
        }

        foreach (var lane in map.Lanes)
        {
            ids.Add(lane.Id);
            foreach (var cell in lane.Cells.Values)
            {
                ids.AddRange(cell.Cards.Select(c => c.Id));
                ids.AddRange(cell.PainPoints.Select(p => p.Id));
                ids.AddRange(cell.Ideas.Select(i => i.Id));
            }
        }

        return ids;
    }

    public static IEnumerable<Cell> Cells(JourneyMap map, LaneKind kind) =>
        map.Lanes.Where(l => l.Kind == kind).SelectMany(l => l.Cells.Values);

    public static IEnumerable<EmotionPoint> EmotionPoints(JourneyMap map) =>
        Cells(map, LaneKind.EmotionCurve).SelectMany(c => c.Emotions);

    /// <summary>The emotion points at one step, across every emotion-curve lane.</summary>
    public static List<EmotionPoint> EmotionsAt(JourneyMap map, string stepId) =>
        map.Lanes.Where(l => l.Kind == LaneKind.EmotionCurve)
            .Where(l => l.Cells.ContainsKey(stepId))
            .SelectMany(l => l.Cells[stepId].Emotions)
            .ToList();
}
