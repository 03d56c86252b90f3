using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>What cell and lane checks need to know about the whole map: its steps, personas and scale.</summary>
internal sealed class MapFacts
{
    public MapFacts(JourneyMap map)
    {
        Map = map;
        foreach (var stage in map.Stages ?? [])
        {
            foreach (var step in stage?.Steps ?? [])
            {
                if (step?.Id is { } id)
                {
                    StepIds.Add(id);
                }
            }
        }

        foreach (var persona in map.Personas ?? [])
        {
            if (persona?.Id is { } id)
            {
                PersonaIds.Add(id);
            }
        }
    }

    public JourneyMap Map { get; }
    public HashSet<string> StepIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PersonaIds { get; } = new(StringComparer.Ordinal);

    public void CheckPersona(string path, string personaId, ValidationContext v)
    {
        if (!PersonaIds.Contains(personaId))
        {
            v.Report(path, $"persona \"{personaId}\" does not exist in this map");
        }
    }
}
