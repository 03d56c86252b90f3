using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// Which funnels are pushed down: every mode (Ordered, Strict, AnyOrder), with or without a window, steps made of activities (alternatives
/// without conditions add their activities). Everything else throws <see cref="NotSupportedException"/>.
/// </summary>
internal static class FunnelSupport
{
    /// <summary>Each step's activities (any one completes it), or throws when the funnel is not pushed down.</summary>
    public static List<IReadOnlyList<string>> Activities(in FunnelOptions options)
    {
        var steps = options.Steps ?? throw new ArgumentException("A funnel needs steps.", nameof(options));
        if (steps.Count is < 2 or > FunnelOptions.MaxSteps)
        {
            throw new ArgumentException($"A funnel has 2 to {FunnelOptions.MaxSteps} steps; {steps.Count} given.", nameof(options));
        }

        var unsupported = options.Exclusions is { Count: > 0 } ? "exclusions"
            : options.Breakdown.Kind != BreakdownKind.None ? "a breakdown"
            : options.Over is not null ? "periods (Over)"
            : steps.Any(s => s.Conditions.Count > 0 || s.AnyOf.Any(a => a.Conditions.Count > 0)) ? "property conditions on steps"
            : null;
        if (unsupported is not null)
        {
            throw new NotSupportedException($"Pushdown does not yet run funnels with {unsupported}; run it over the in-memory log.");
        }

        return [.. steps.Select(s => (IReadOnlyList<string>)[.. s.Activities.Concat(s.AnyOf.SelectMany(a => a.Activities)).Distinct(StringComparer.Ordinal)])];
    }
}
