using Waymark.Core.Maps;
using Waymark.Core.Personas;

namespace Waymark.Core.Diff.Internals;

/// <summary>The two maps and how their personas, stages, steps and lanes pair up.</summary>
internal sealed class MapPairing
{
    private readonly Dictionary<Step, (Stage Stage, int Index)> _stageOf = new(ReferenceEqualityComparer.Instance);

    public MapPairing(JourneyMap before, JourneyMap after)
    {
        Before = before;
        After = after;
        BeforeSteps = Index(before);
        AfterSteps = Index(after);
        ByIds = ShareIds(before, after);
        Matching = ByIds ? DiffMatching.Ids : DiffMatching.NamesAndPositions;
        if (ByIds)
        {
            Personas = Matcher.ById(before.Personas, after.Personas, p => p.Id);
            Stages = Matcher.ById(before.Stages, after.Stages, s => s.Id);
            Steps = Matcher.ById(BeforeSteps, AfterSteps, s => s.Id);
            Lanes = Matcher.ById(before.Lanes, after.Lanes, l => l.Id);
        }
        else
        {
            Personas = Matcher.ByName(before.Personas, after.Personas, byPosition: true, p => p.Name, p => p.Name.Trim().ToUpperInvariant());
            Stages = Matcher.ByName(before.Stages, after.Stages, byPosition: true, s => s.Name, s => s.Name.Trim().ToUpperInvariant());
            Steps = Matcher.ByName(BeforeSteps, AfterSteps, byPosition: false, s => s.Name, s => s.Name.Trim().ToUpperInvariant());
            PairStepsByPosition();
            Lanes = Matcher.ByName(before.Lanes, after.Lanes, byPosition: true, l => DiffText.Name(l.Kind) + "\n" + l.Title, l => l.Title);
        }
    }

    public JourneyMap Before { get; }
    public JourneyMap After { get; }
    public bool ByIds { get; }
    public string Matching { get; }
    public IReadOnlyList<Step> BeforeSteps { get; }
    public IReadOnlyList<Step> AfterSteps { get; }
    public Pairing<Persona> Personas { get; }
    public Pairing<Stage> Stages { get; }
    public Pairing<Step> Steps { get; }
    public Pairing<Lane> Lanes { get; }

    public Stage StageOf(Step step) => _stageOf[step].Stage;

    public int IndexOf(Step step) => _stageOf[step].Index;

    /// <summary>A persona id of the before map as the after map names it (null stays null: the main curve).</summary>
    public string? AfterPersonaId(string? beforeId)
    {
        if (beforeId is null)
        {
            return null;
        }

        var persona = Before.Personas.FirstOrDefault(p => p.Id == beforeId);
        return persona is not null && Personas.AfterOf(persona) is { } partner ? partner.Id : "?" + beforeId;
    }

    /// <summary>
    /// Ids when the maps are one map's versions (same id) or most steps keep their ids (a map imported twice);
    /// a copy made with fresh ids, or two templates, pair by name.
    /// </summary>
    private static bool ShareIds(JourneyMap before, JourneyMap after)
    {
        if (string.Equals(before.Id, after.Id, StringComparison.Ordinal))
        {
            return true;
        }

        var ids = new HashSet<string>(before.AllSteps().Select(s => s.Id), StringComparer.Ordinal);
        var shared = after.AllSteps().Count(s => ids.Contains(s.Id));
        var smaller = Math.Min(ids.Count, after.StepCount());
        return shared > 0 && shared * 2 >= smaller;
    }

    private List<Step> Index(JourneyMap map)
    {
        var steps = new List<Step>();
        foreach (var stage in map.Stages)
        {
            for (var i = 0; i < stage.Steps.Count; i++)
            {
                _stageOf[stage.Steps[i]] = (stage, i);
                steps.Add(stage.Steps[i]);
            }
        }

        return steps;
    }

    // Steps left after pairing by name pair with the step at the same place in the paired stage (a renamed step).
    private void PairStepsByPosition()
    {
        foreach (var stage in Before.Stages)
        {
            if (Stages.AfterOf(stage) is { } partner)
            {
                Matcher.PairByPosition(stage.Steps, partner.Steps, Steps);
            }
        }
    }
}
