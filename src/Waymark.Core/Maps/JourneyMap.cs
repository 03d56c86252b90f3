using Waymark.Core.Personas;

namespace Waymark.Core.Maps;

/// <summary>
/// A journey map: stages (column groups) x steps (columns) x lanes (rows). One aggregate, one document;
/// the same shape is the open file format (*.waymark.json / *.waymark.yaml).
/// </summary>
public sealed class JourneyMap
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public MapKind Kind { get; set; } = MapKind.CurrentState;

    /// <summary>For a future-state map: the id of the current-state map it is based on.</summary>
    public string? BasedOnMapId { get; set; }

    public EmotionScale EmotionScale { get; set; } = EmotionScale.MinusTwoToTwo;
    public MapScope Scope { get; set; } = new();

    /// <summary>The step where the measured journey starts (the overlay's funnel entry); null = first bound step.</summary>
    public string? EntryStepId { get; set; }

    /// <summary>The step that counts as the journey's outcome (the funnel's end); null = last bound step.</summary>
    public string? OutcomeStepId { get; set; }

    public List<Persona> Personas { get; set; } = [];
    public List<Stage> Stages { get; set; } = [];
    public List<Lane> Lanes { get; set; } = [];

    /// <summary>Every step of the map, in reading order (stage by stage).</summary>
    public IEnumerable<Step> AllSteps()
    {
        foreach (var stage in Stages)
        {
            foreach (var step in stage.Steps)
            {
                yield return step;
            }
        }
    }

    public int StepCount()
    {
        var count = 0;
        foreach (var stage in Stages)
        {
            count += stage.Steps.Count;
        }

        return count;
    }
}
