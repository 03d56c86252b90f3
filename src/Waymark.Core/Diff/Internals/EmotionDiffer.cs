using Waymark.Core.Maps;

namespace Waymark.Core.Diff.Internals;

/// <summary>Emotion points per curve (the main one and one per persona): added, removed, score moved, label changed.</summary>
internal static class EmotionDiffer
{
    public static void Emotions(MapPairing maps, ChangeList changes, List<EmotionPoint> was, List<EmotionPoint> now, CellAt at)
    {
        var old = new Dictionary<string, EmotionPoint>(StringComparer.Ordinal);
        foreach (var point in was)
        {
            old.TryAdd(maps.AfterPersonaId(point.PersonaId) ?? "", point);
        }

        foreach (var point in now)
        {
            var key = point.PersonaId ?? "";
            var label = at.Label + Whose(maps, point.PersonaId);
            var after = at.After with { PersonaId = point.PersonaId };
            if (!old.Remove(key, out var before))
            {
                changes.Add(ChangeKinds.Added, DiffSubjects.Emotion, "score", $"{label}: emotion {DiffText.Score(point.Score)} added",
                    null, after, null, DiffText.Score(point.Score));
                continue;
            }

            var place = at.Before with { PersonaId = before.PersonaId };
            if (before.Score != point.Score)
            {
                changes.Add(ChangeKinds.Moved, DiffSubjects.Emotion, "score",
                    $"{label}: emotion moved {DiffText.Score(before.Score)} → {DiffText.Score(point.Score)}", place, after,
                    DiffText.Score(before.Score), DiffText.Score(point.Score));
            }

            changes.Value(DiffSubjects.Emotion, "label", label + ": emotion label", before.Label, point.Label, place, after);
        }

        foreach (var before in was)
        {
            if (old.ContainsValue(before))
            {
                changes.Add(ChangeKinds.Removed, DiffSubjects.Emotion, "score",
                    $"{at.Label}{Whose(maps, before.PersonaId, maps.Before)}: emotion {DiffText.Score(before.Score)} removed",
                    at.Before with { PersonaId = before.PersonaId }, at.After, DiffText.Score(before.Score), null);
            }
        }
    }

    private static string Whose(MapPairing maps, string? personaId, JourneyMap? map = null)
    {
        if (personaId is null)
        {
            return "";
        }

        var persona = (map ?? maps.After).Personas.FirstOrDefault(p => p.Id == personaId);
        return persona is null ? "" : $" ({persona.Name})";
    }
}
