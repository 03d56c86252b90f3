using System.Text.Json.Nodes;

namespace Waymark.Core.Operations.Internals;

/// <summary>Reading and changing the map's JSON tree the way the editor's TypeScript does on plain objects.</summary>
internal static class DocTree
{
    public static JsonArray List(JsonObject owner, string name)
    {
        if (owner[name] is JsonArray list)
        {
            return list;
        }

        var created = new JsonArray();
        owner[name] = created;
        return created;
    }

    public static string? IdOf(JsonNode? node) =>
        node is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;

    public static int IndexOf(JsonArray? list, string id)
    {
        if (list is null)
        {
            return -1;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (IdOf(list[i]) == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The insert position of JavaScript's <c>splice(max(0, min(length, index)))</c>.</summary>
    public static int Clamp(double index, int length) =>
        double.IsNaN(index) ? 0 : (int)Math.Truncate(Math.Max(0, Math.Min(length, index)));

    public static void InsertAt(JsonArray list, double index, JsonNode item) => list.Insert(Clamp(index, list.Count), item);

    /// <summary>Moves the item at <paramref name="from"/> to a clamped index of the list without it (edits.ts moveItem).</summary>
    public static void Move(JsonArray list, int from, double to)
    {
        var item = list[from];
        list.RemoveAt(from);
        list.Insert(Clamp(to, list.Count), item);
    }

    /// <summary>A copy without null members: over JSON, null is how a patch says "clear".</summary>
    public static JsonObject WithoutNulls(JsonObject source)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (value is not null)
            {
                copy[key] = value.DeepClone();
            }
        }

        return copy;
    }

    /// <summary>
    /// Sets the patch's members on the target (null removes one). Members outside <paramref name="allowed"/> (when
    /// given) are refused: a patch may not reach the map's structure.
    /// </summary>
    public static List<string> Patch(JsonObject target, JsonObject? patch, string path, IReadOnlySet<string>? allowed, IReadOnlySet<string>? refused = null)
    {
        if (patch is null)
        {
            throw Rejection.Invalid(path, "the patch is missing");
        }

        var keys = new List<string>();
        foreach (var (key, _) in patch)
        {
            if ((allowed is not null && !allowed.Contains(key)) || (refused is not null && refused.Contains(key)))
            {
                throw Rejection.Invalid($"{path}.{key}", $"'{key}' cannot be changed by this edit");
            }
        }

        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = value.DeepClone();
            }

            keys.Add(key);
        }

        return keys;
    }

    /// <summary>The map's steps in reading order, with the stage that holds each.</summary>
    public static IEnumerable<(JsonObject Stage, JsonArray Steps, int Index, JsonObject Step)> Steps(JsonObject map)
    {
        if (map["stages"] is not JsonArray stages)
        {
            yield break;
        }

        foreach (var stage in stages.OfType<JsonObject>())
        {
            if (stage["steps"] is not JsonArray steps)
            {
                continue;
            }

            for (var i = 0; i < steps.Count; i++)
            {
                if (steps[i] is JsonObject step)
                {
                    yield return (stage, steps, i, step);
                }
            }
        }
    }

    /// <summary>edits.ts isEmptyCell after nulls are dropped: only empty lists (a moment of truth is never empty).</summary>
    public static bool IsEmptyCell(JsonObject cell)
    {
        foreach (var (key, value) in cell)
        {
            if (key != "momentOfTruth" && value is JsonArray { Count: 0 })
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
