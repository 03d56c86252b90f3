using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Emotion points: within the map's scale, a known persona, and one point per persona per cell.</summary>
internal static class EmotionChecks
{
    public static void Check(List<EmotionPoint>? points, string path, MapFacts facts, ValidationContext v)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scale = facts.Map.EmotionScale;
        var knownScale = EnumText<EmotionScale>.IsDefined(scale);
        foreach (var (point, pointPath) in v.Each(path, points))
        {
            if (knownScale && !scale.Contains(point.Score))
            {
                v.Report(DocPath.Property(pointPath, "score"),
                    $"emotion score {NumberText.Of(point.Score)} is outside the map's scale {scale.ToToken()}");
            }

            v.Text(DocPath.Property(pointPath, "label"), point.Label);
            if (point.PersonaId is not null)
            {
                facts.CheckPersona(DocPath.Property(pointPath, "personaId"), point.PersonaId, v);
            }

            // "" cannot be a persona id, so it stands for the map's main curve here.
            if (!seen.Add(point.PersonaId ?? ""))
            {
                var whose = point.PersonaId is null ? "the main curve" : $"persona \"{point.PersonaId}\"";
                v.Report(DocPath.Property(pointPath, "personaId"), $"a cell holds one emotion point per persona; this is a second one for {whose}");
            }
        }
    }
}
