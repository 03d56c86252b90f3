using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// Which funnels are pushed down: all of them (docs/adr/076): every mode, with or without a window, exclusions, a
/// breakdown by attribute or first-step channel, periods (Over), steps of activities with property conditions and
/// alternatives. Checked here as the engine's FunnelSpec checks them, with the same errors.
/// </summary>
internal static class FunnelSupport
{
    /// <summary>The funnel's steps, or throws <see cref="ArgumentException"/> as the engine does.</summary>
    public static IReadOnlyList<FunnelStep> Steps(in FunnelOptions options)
    {
        var steps = options.Steps ?? throw new ArgumentException("A funnel needs steps.", nameof(options));
        if (steps.Count is < 2 or > FunnelOptions.MaxSteps)
        {
            throw new ArgumentException($"A funnel has 2 to {FunnelOptions.MaxSteps} steps; {steps.Count} given.", nameof(options));
        }

        return steps;
    }

    /// <summary>Every activity a step (or one of its alternatives) names.</summary>
    public static IEnumerable<string> Activities(IReadOnlyList<FunnelStep> steps) =>
        steps.SelectMany(s => s.Activities.Concat((s.AnyOf ?? []).SelectMany(a => a.Activities)));
}
