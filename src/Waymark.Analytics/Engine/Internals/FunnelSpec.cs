using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// A funnel compiled to bit masks per activity: bit i of StepMask[a] says activity a completes step i on any event;
/// steps with property conditions are listed per activity in Conditional and checked per event (<see cref="MaskOf"/>).
/// </summary>
internal sealed class FunnelSpec
{
    private readonly EventLog _log;

    public FunnelSpec(EventLog log, in FunnelOptions options)
    {
        _log = log;
        var steps = options.Steps ?? throw new ArgumentException("A funnel needs steps.", nameof(options));
        if (steps.Count is < 2 or > FunnelOptions.MaxSteps)
        {
            throw new ArgumentException($"A funnel has 2 to {FunnelOptions.MaxSteps} steps; {steps.Count} given.", nameof(options));
        }

        StepCount = steps.Count;
        Mode = options.Mode;
        Window = options.Window is { } w && log.HasTimestamps ? w.Ticks : long.MaxValue;
        StepMask = new ulong[Math.Max(1, log.Activities.Count)];
        ExclusionMask = new ulong[StepMask.Length];
        Conditional = new (ulong, int[])[StepMask.Length][];
        Array.Fill(Conditional, []);
        for (var i = 0; i < steps.Count; i++)
        {
            MarkStep(log, steps[i], i);
            foreach (var alternative in steps[i].AnyOf ?? [])
            {
                MarkStep(log, alternative, i);
            }
        }

        foreach (var exclusion in options.Exclusions ?? [])
        {
            if (exclusion.AfterStep < 0 || exclusion.AfterStep >= steps.Count - 1)
            {
                throw new ArgumentException($"An exclusion sits between two steps: AfterStep must be 0..{steps.Count - 2}.", nameof(options));
            }

            Mark(log, ExclusionMask, exclusion.Activities, exclusion.AfterStep);
            HasExclusions = true;
        }

        HasConditions = Conditional.Any(c => c.Length > 0);
        AllSteps = StepCount == 64 ? ulong.MaxValue : (1UL << StepCount) - 1;
    }

    public int StepCount { get; }

    public FunnelMode Mode { get; }

    /// <summary>Window in ticks; long.MaxValue when unlimited.</summary>
    public long Window { get; }

    public ulong[] StepMask { get; }

    /// <summary>Bit i: the activity is excluded between step i and step i + 1.</summary>
    public ulong[] ExclusionMask { get; }

    public bool HasExclusions { get; }

    public ulong AllSteps { get; }

    /// <summary>Per activity: (step bit, key/value id pairs) completed only when every pair holds on the event.</summary>
    public (ulong Bit, int[] Pairs)[][] Conditional { get; }

    /// <summary>False when no step has property conditions: an event's steps are then StepMask[activity].</summary>
    public bool HasConditions { get; }

    public bool InWindow(long start, long ticks) => ticks - start <= Window;

    /// <summary>The steps each event of the view completes, into <paramref name="masks"/>.</summary>
    public void FillMasks(in CustomerView view, Span<ulong> masks)
    {
        var activity = view.Activity;
        if (!HasConditions)
        {
            var stepMask = StepMask;
            for (var i = 0; i < activity.Length; i++)
            {
                masks[i] = stepMask[activity[i]];
            }

            return;
        }

        for (var i = 0; i < activity.Length; i++)
        {
            masks[i] = MaskOf(view, i);
        }
    }

    /// <summary>The steps event i of the view completes: the activity's unconditional bits plus the conditional ones that hold.</summary>
    public ulong MaskOf(in CustomerView view, int i)
    {
        var a = view.Activity[i];
        var mask = StepMask[a];
        var conditional = Conditional[a];
        if (conditional.Length == 0)
        {
            return mask;
        }

        var set = _log.PropertySet is { } sets ? sets[view.EventIndex(i)] : 0;
        foreach (var (bit, pairs) in conditional)
        {
            if ((mask & bit) == 0 && Holds(set, pairs))
            {
                mask |= bit;
            }
        }

        return mask;
    }

    private bool Holds(int set, int[] pairs)
    {
        for (var p = 0; p < pairs.Length; p += 2)
        {
            if (_log.Properties.ValueId(set, pairs[p]) != pairs[p + 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A step (or alternative) with conditions naming an unknown key or value can never complete.</summary>
    private void MarkStep(EventLog log, FunnelStep step, int bit)
    {
        var conditions = step.Conditions ?? [];
        if (conditions.Count == 0)
        {
            Mark(log, StepMask, step.Activities, bit);
            return;
        }

        var pairs = new int[conditions.Count * 2];
        for (var c = 0; c < conditions.Count; c++)
        {
            pairs[2 * c] = log.Properties.Keys.IdOf(conditions[c].Key);
            pairs[(2 * c) + 1] = log.Properties.Values.IdOf(conditions[c].Value ?? "");
            if (pairs[2 * c] < 0 || pairs[(2 * c) + 1] < 0)
            {
                return;
            }
        }

        foreach (var name in step.Activities ?? [])
        {
            var id = log.Activities.IdOf(name);
            if (id >= 0)
            {
                Conditional[id] = [.. Conditional[id], (1UL << bit, pairs)];
            }
        }
    }

    private static void Mark(EventLog log, ulong[] masks, IReadOnlyList<string> activities, int bit)
    {
        foreach (var name in activities)
        {
            var id = log.Activities.IdOf(name);
            if (id >= 0)
            {
                masks[id] |= 1UL << bit;
            }
        }
    }
}
