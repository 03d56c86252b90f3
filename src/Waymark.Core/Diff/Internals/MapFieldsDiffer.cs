using Waymark.Core.Maps;

namespace Waymark.Core.Diff.Internals;

/// <summary>The map's own fields: name, description, kind, emotion scale and scope.</summary>
internal static class MapFieldsDiffer
{
    public static void Fields(JourneyMap before, JourneyMap after, ChangeList changes)
    {
        var place = new DiffPlace();
        changes.Value(DiffSubjects.Map, "name", "Map name", before.Name, after.Name, place, place);
        changes.Value(DiffSubjects.Map, "description", "Map description", before.Description, after.Description, place, place);
        changes.Value(DiffSubjects.Map, "kind", "Map kind", DiffText.Name(before.Kind), DiffText.Name(after.Kind), place, place);
        changes.Value(DiffSubjects.Map, "emotionScale", "Emotion scale", DiffText.Name(before.EmotionScale), DiffText.Name(after.EmotionScale), place, place);

        var was = before.Scope ?? new MapScope();
        var now = after.Scope ?? new MapScope();
        changes.Value(DiffSubjects.Map, "scope.goal", "Scope goal", was.Goal, now.Goal, place, place);
        changes.Value(DiffSubjects.Map, "scope.scenario", "Scope scenario", was.Scenario, now.Scenario, place, place);
        changes.Value(DiffSubjects.Map, "scope.segment", "Scope segment", was.Segment, now.Segment, place, place);
        changes.Value(DiffSubjects.Map, "scope.channels", "Scope channels", string.Join(", ", was.Channels), string.Join(", ", now.Channels), place, place);
        changes.Value(DiffSubjects.Map, "scope.owner", "Map owner", was.Owner, now.Owner, place, place);
        changes.Value(DiffSubjects.Map, "scope.reviewBy", "Review-by date", Date(was.ReviewBy), Date(now.ReviewBy), place, place);
        changes.Value(DiffSubjects.Map, "scope.kpiTargets", "KPI targets", Targets(was), Targets(now), place, place);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Targets(MapScope scope) => string.Join("; ", scope.KpiTargets.Select(t =>
        $"{t.Name} {DiffText.Number(t.Baseline)} → {DiffText.Number(t.Target)}{(t.Unit is null ? "" : " " + t.Unit)}{(t.Due is { } due ? " by " + Date(due) : "")}"));
}
