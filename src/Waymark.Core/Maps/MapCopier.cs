using Waymark.Core.Personas;

namespace Waymark.Core.Maps;

/// <summary>Deep copies of maps, optionally with fresh ids (for "duplicate" and "start a future state from this map").</summary>
public static class MapCopier
{
    /// <summary>
    /// A deep copy. With <paramref name="newIds"/> every id in the document gets a fresh one and every reference
    /// (cells by step id, persona ids) follows it.
    /// </summary>
    public static JourneyMap Copy(JourneyMap source, bool newIds)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ids = new IdRenamer(newIds);
        var copy = new JourneyMap
        {
            SchemaVersion = source.SchemaVersion,
            Id = ids.Fresh("map", source.Id),
            Name = source.Name,
            Description = source.Description,
            Kind = source.Kind,
            BasedOnMapId = source.BasedOnMapId,
            EmotionScale = source.EmotionScale,
            Scope = CopyScope(source.Scope, ids),

            // Personas and stages come first so lanes find their new ids.
            Personas = CopyAll(source.Personas, p => PersonaCopier.Copy(p, ids.Persona(p.Id))),
            Stages = CopyAll(source.Stages, s => CopyStage(s, ids)),
            Lanes = CopyAll(source.Lanes, l => CellCopier.CopyLane(l, ids)),
        };

        // Set after the stages so the renamed step ids are known.
        copy.EntryStepId = source.EntryStepId is null ? null : ids.StepRef(source.EntryStepId);
        copy.OutcomeStepId = source.OutcomeStepId is null ? null : ids.StepRef(source.OutcomeStepId);
        return copy;
    }

    internal static List<T> CopyAll<T>(List<T>? items, Func<T, T> copy)
        where T : class
    {
        var result = new List<T>(items?.Count ?? 0);
        foreach (var item in items ?? [])
        {
            if (item is not null)
            {
                result.Add(copy(item));
            }
        }

        return result;
    }

    private static MapScope CopyScope(MapScope? scope, IdRenamer ids) => scope is null ? new MapScope() : new MapScope
    {
        Goal = scope.Goal,
        Scenario = scope.Scenario,
        Segment = scope.Segment,
        Channels = [.. scope.Channels ?? []],
        KpiTargets = CopyAll(scope.KpiTargets, t => new KpiTarget
        {
            Id = ids.Fresh("kpi", t.Id),
            Name = t.Name,
            Unit = t.Unit,
            Baseline = t.Baseline,
            Target = t.Target,
            Due = t.Due,
        }),
        Owner = scope.Owner,
        ReviewBy = scope.ReviewBy,
        OwnerId = scope.OwnerId,
        ReviewEveryDays = scope.ReviewEveryDays,
        ReviewedOn = scope.ReviewedOn,
        ReviewedBy = scope.ReviewedBy,
    };

    private static Stage CopyStage(Stage stage, IdRenamer ids) => new()
    {
        Id = ids.Fresh("stg", stage.Id),
        Name = stage.Name,
        Description = stage.Description,
        Goal = stage.Goal,
        Steps = CopyAll(stage.Steps, step => new Step
        {
            Id = ids.Step(step.Id),
            Name = step.Name,
            Description = step.Description,
            Binding = step.Binding is null ? null : new StepBinding
            {
                Activities = [.. step.Binding.Activities ?? []],
                Filter = CopyAll(step.Binding.Filter, f => new PropertyFilter { Property = f.Property, Value = f.Value }),
                Keywords = [.. step.Binding.Keywords ?? []],
            },
        }),
    };
}
