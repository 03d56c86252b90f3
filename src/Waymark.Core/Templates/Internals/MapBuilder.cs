using System.Globalization;
using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Core.Templates.Internals;

/// <summary>
/// Builds a template map so the template file reads like its content: what the map is about, who travels it,
/// its rows, then stage by stage and step by step what happens in each row.
/// </summary>
internal sealed class MapBuilder
{
    private readonly MapDraft _draft = new();

    private MapBuilder(string id, string name, MapKind kind)
    {
        _draft.Map.Id = id;
        _draft.Map.Name = name;
        _draft.Map.Kind = kind;
    }

    private MapScope Scope => _draft.Map.Scope;

    public static MapBuilder Map(string id, string name, MapKind kind = MapKind.CurrentState) => new(id, name, kind);

    public MapBuilder Description(string text) => Set(() => _draft.Map.Description = text);

    public MapBuilder Scale(EmotionScale scale) => Set(() => _draft.Map.EmotionScale = scale);

    public MapBuilder Goal(string goal) => Set(() => Scope.Goal = goal);

    public MapBuilder Scenario(string scenario) => Set(() => Scope.Scenario = scenario);

    public MapBuilder Segment(string segment) => Set(() => Scope.Segment = segment);

    public MapBuilder ChannelsInScope(params string[] channels) => Set(() => Scope.Channels.AddRange(channels));

    public MapBuilder Owner(string team) => Set(() => Scope.Owner = team);

    /// <summary>The date is written "yyyy-MM-dd".</summary>
    public MapBuilder ReviewBy(string date) => Set(() => Scope.ReviewBy = Date(date));

    public MapBuilder Target(string id, string name, string unit, decimal baseline, decimal target, string due) =>
        Set(() => Scope.KpiTargets.Add(new KpiTarget
        {
            Id = id,
            Name = name,
            Unit = unit,
            Baseline = baseline,
            Target = target,
            Due = Date(due),
        }));

    public MapBuilder Persona(Persona persona) => Set(() => _draft.Map.Personas.Add(persona));

    /// <summary>Shared lanes with their default titles, in the order given.</summary>
    public MapBuilder Lanes(params LaneKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            _draft.AddLane(kind, null, null);
        }

        return this;
    }

    /// <summary>One lane with its own title; with a persona id it speaks for that persona only.</summary>
    public MapBuilder Lane(LaneKind kind, string title, string? personaId = null) =>
        Set(() => _draft.AddLane(kind, title, personaId));

    public MapBuilder Stage(string id, string name, string goal, Action<StageBuilder> steps)
    {
        var stage = new Stage { Id = id, Name = name, Goal = goal };
        _draft.Map.Stages.Add(stage);
        steps(new StageBuilder(_draft, stage));
        return this;
    }

    public JourneyMap Build() => _draft.Map;

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private MapBuilder Set(Action apply)
    {
        apply();
        return this;
    }
}
