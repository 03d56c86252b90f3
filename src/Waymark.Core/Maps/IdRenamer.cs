namespace Waymark.Core.Maps;

/// <summary>
/// Hands out fresh ids while copying a map and remembers the step and persona renames, so references follow.
/// With renaming off it returns every id unchanged.
/// </summary>
internal sealed class IdRenamer
{
    private readonly bool _enabled;
    private readonly Dictionary<string, string> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _personas = new(StringComparer.Ordinal);

    public IdRenamer(bool enabled) => _enabled = enabled;

    public string Fresh(string prefix, string id) => _enabled ? Ids.New(prefix) : id;

    public string Step(string id) => Remember(_steps, "stp", id);

    public string Persona(string id) => Remember(_personas, "per", id);

    /// <summary>A step id as a reference (a cell key); unknown ids are kept, so dangling keys stay visible.</summary>
    public string StepRef(string id) => _steps.TryGetValue(id, out var renamed) ? renamed : id;

    public string? PersonaRef(string? id) => id is not null && _personas.TryGetValue(id, out var renamed) ? renamed : id;

    private string Remember(Dictionary<string, string> renames, string prefix, string id)
    {
        if (!_enabled)
        {
            return id;
        }

        var fresh = Ids.New(prefix);
        if (id is not null)
        {
            renames[id] = fresh;
        }

        return fresh;
    }
}
