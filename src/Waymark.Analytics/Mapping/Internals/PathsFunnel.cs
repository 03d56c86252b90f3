using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Overlay.Internals;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Mapping.Internals;

/// <summary>
/// The overlay's funnel (the bound steps from entry to outcome, Ordered, the engine's own matcher) measured beside
/// the actual paths, so each customer's path can be read against how far they got in the funnel: the paths' "leaves
/// after X" and the step's "lost" are then derived from one another (docs/analytics.md, "Figures").
/// </summary>
internal sealed class PathsFunnel
{
    private readonly FunnelSpec? _spec;

    private PathsFunnel(EventLog log, JourneyMap map)
    {
        var plan = new OverlayPlan(new OverlayOptions
        {
            Stages = OverlayStages.FromMap(map),
            EntryStepId = map.EntryStepId,
            OutcomeStepId = map.OutcomeStepId,
        });
        PositionOf = new int[plan.Steps.Count];
        Array.Fill(PositionOf, -1);
        if (plan.Funnel.Count is 0 or > FunnelOptions.MaxSteps)
        {
            StepIds = [];
            return;
        }

        StepIds = [.. plan.Funnel.Select(i => plan.Steps[i].Id)];
        for (var k = 0; k < plan.Funnel.Count; k++)
        {
            PositionOf[plan.Funnel[k]] = k;
        }

        var steps = FunnelPadding.AtLeastTwo([.. plan.Funnel.Select(i => OverlayEngine.ToFunnelStep(plan.Steps[i]))]);
        _spec = new FunnelSpec(log, new FunnelOptions { Steps = steps, Mode = FunnelMode.Ordered });
    }

    /// <summary>The in-funnel steps' ids, entry first (none when the map has no bound step, or too many).</summary>
    public IReadOnlyList<string> StepIds { get; }

    /// <summary>Per map step (map order, as the step matcher numbers them): its position in the funnel, or -1.</summary>
    public int[] PositionOf { get; }

    public int Count => StepIds.Count;

    public static PathsFunnel Of(EventLog log, JourneyMap map) => new(log, map);

    /// <summary>A matcher for one thread, or null without a funnel.</summary>
    public FunnelMatcher? NewMatcher() => _spec is null ? null : new FunnelMatcher(_spec);

    /// <summary>How many in-funnel steps the customer reached in order (0: never at the entry step).</summary>
    public int Depth(FunnelMatcher? matcher, in CustomerView view) =>
        matcher is null || matcher.Match(view) != FunnelOutcome.Matched ? 0 : Math.Min(matcher.Reached, Count);
}
