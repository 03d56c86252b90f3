using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>The map's personas; removing one also drops every reference to it (edits.ts removePersona).</summary>
internal sealed partial class EditRun
{
    private JsonArray Personas => DocTree.List(Map, "personas");

    private void AddPersona(AddPersonaEdit e)
    {
        var persona = DocTree.WithoutNulls(Required(e.Persona, "edit.persona"));
        var id = Id(DocTree.IdOf(persona), "edit.persona.id");
        CheckNew(Tombstone.Persona, id, DocTree.IndexOf(Personas, id) >= 0, e.Restore);
        if (e.Index is { } index)
        {
            DocTree.InsertAt(Personas, index, persona);
        }
        else
        {
            Personas.Add(persona);
        }
    }

    /// <summary>The whole persona is replaced (as edits.ts does).</summary>
    private void UpdatePersona(UpdatePersonaEdit e)
    {
        var persona = DocTree.WithoutNulls(Required(e.Persona, "edit.persona"));
        var id = Id(DocTree.IdOf(persona), "edit.persona.id");
        var at = DocTree.IndexOf(Personas, id);
        if (at < 0)
        {
            throw Gone(Tombstone.Persona, id);
        }

        Personas[at] = persona;
    }

    private void RemovePersona(RemovePersonaEdit e)
    {
        var id = Id(e.PersonaId, "edit.personaId");
        var at = DocTree.IndexOf(Personas, id);
        if (at < 0)
        {
            throw Gone(Tombstone.Persona, id);
        }

        Personas.RemoveAt(at);
        Bury(Tombstone.Persona, id);
        if (Map["lanes"] is not JsonArray lanes)
        {
            return;
        }

        foreach (var lane in lanes.OfType<JsonObject>())
        {
            if (IsText(lane["personaId"], id))
            {
                lane.Remove("personaId");
            }

            if (lane["cells"] is JsonObject cells)
            {
                DropEmotions(cells, id);
            }
        }
    }

    /// <summary>The persona's points leave each cell; a cell left with nothing in it goes.</summary>
    private static void DropEmotions(JsonObject cells, string personaId)
    {
        foreach (var (stepId, node) in cells.ToList())
        {
            if (node is not JsonObject cell || cell["emotions"] is not JsonArray emotions
                || !emotions.Any(p => p is JsonObject o && IsText(o["personaId"], personaId)))
            {
                continue;
            }

            var kept = new JsonArray(emotions.Where(p => !(p is JsonObject o && IsText(o["personaId"], personaId))).Select(p => p?.DeepClone()).ToArray());
            var rest = DocTree.WithoutNulls(cell);
            rest.Remove("emotions");
            if (kept.Count == 0 && DocTree.IsEmptyCell(rest))
            {
                cells.Remove(stepId);
            }
            else if (kept.Count == 0)
            {
                cell.Remove("emotions");
            }
            else
            {
                cell["emotions"] = kept;
            }
        }
    }

    private static bool IsText(JsonNode? node, string value) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && s == value;
}
