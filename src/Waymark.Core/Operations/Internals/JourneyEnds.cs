using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>
/// journeyEnds.ts withValidEnds: after a step is deleted or moved, an entry or outcome step that is gone is cleared,
/// and so is an outcome that no longer comes after the entry.
/// </summary>
internal static class JourneyEnds
{
    public static void Validate(JsonObject map)
    {
        var entryId = Text(map, "entryStepId");
        var outcomeId = Text(map, "outcomeStepId");
        var entry = ColumnOf(map, entryId);
        var outcome = ColumnOf(map, outcomeId);
        var dropEntry = !string.IsNullOrEmpty(entryId) && entry < 0;
        var dropOutcome = !string.IsNullOrEmpty(outcomeId) && (outcome < 0 || (entry >= 0 && outcome <= entry));
        if (dropEntry)
        {
            map.Remove("entryStepId");
        }

        if (dropOutcome)
        {
            map.Remove("outcomeStepId");
        }
    }

    private static string? Text(JsonObject map, string name) =>
        map[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int ColumnOf(JsonObject map, string? stepId)
    {
        if (string.IsNullOrEmpty(stepId))
        {
            return -1;
        }

        var column = 0;
        foreach (var (_, _, _, step) in DocTree.Steps(map))
        {
            if (DocTree.IdOf(step) == stepId)
            {
                return column;
            }

            column++;
        }

        return -1;
    }
}
