using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>A funnel compiled to bit masks per activity: bit i of StepMask[a] says activity a completes step i.</summary>
internal sealed class FunnelSpec
{
    public FunnelSpec(EventLog log, in FunnelOptions options)
    {
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
        for (var i = 0; i < steps.Count; i++)
        {
            Mark(log, StepMask, steps[i].Activities, i);
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

    public bool InWindow(long start, long ticks) => ticks - start <= Window;

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
