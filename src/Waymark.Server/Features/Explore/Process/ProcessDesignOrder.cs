using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Explore.Process;

/// <summary>
/// A map as the process map reads it: the events its steps' bindings match (read as the overlay reads them), and its
/// steps in designed order set against the order in which customers actually first do them.
/// </summary>
public static class ProcessDesignOrder
{
    /// <summary>One match per bound step: its activities, on events where its conditions hold.</summary>
    public static IReadOnlyList<EventMatch> Matches(JourneyMap map) =>
        [.. OverlayStages.FromMap(map).SelectMany(s => s.Steps).Where(s => s.Bound).Select(s => new EventMatch(s.Activities, s.Conditions))];

    /// <summary>
    /// The steps in order with their actual place: measured steps (some customer did one of its activities) ranked by
    /// the earliest median time to first among its activities, ties kept in designed order.
    /// </summary>
    public static ProcessDesign Build(string mapId, JourneyMap map, StatsResult? stats)
    {
        var toFirst = (stats?.Activities ?? []).ToDictionary(a => a.Activity, a => a.TimeToFirst.Median, StringComparer.Ordinal);
        var bindings = OverlayStages.FromMap(map).SelectMany(s => s.Steps).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var steps = map.Stages.SelectMany(stage => stage.Steps.Select(step => (Stage: stage, Step: step, Binding: bindings[step.Id]))).ToList();
        var measured = steps
            .Select(s => (s.Step.Id, First: s.Binding.Bound ? s.Binding.Activities.Where(toFirst.ContainsKey).Select(a => (TimeSpan?)toFirst[a]).Min() : null))
            .Where(s => s.First is not null).ToList();
        var designed = measured.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var actual = measured.Select((s, i) => (s.Id, s.First, i)).OrderBy(x => x.First).ThenBy(x => x.i)
            .Select((x, rank) => (x.Id, rank)).ToDictionary(x => x.Id, x => x.rank, StringComparer.Ordinal);
        var firstOf = measured.ToDictionary(s => s.Id, s => s.First!.Value, StringComparer.Ordinal);
        return new ProcessDesign(mapId, map.Name, [.. steps.Select(s =>
        {
            var id = s.Step.Id;
            int? position = designed.TryGetValue(id, out var d) ? d + 1 : null;
            int? actualPosition = actual.TryGetValue(id, out var r) ? r + 1 : null;
            return new ProcessDesignStep(id, Label(s.Step), Label(s.Stage.Name, s.Stage.Id), s.Binding.Activities, position, actualPosition,
                firstOf.TryGetValue(id, out var t) ? t.TotalSeconds : null, position != actualPosition);
        })]);
    }

    private static string Label(Step step) => Label(step.Name, step.Id);

    private static string Label(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name;
}
