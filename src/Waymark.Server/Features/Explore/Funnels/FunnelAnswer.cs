using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>The engine's funnel (and, for a breakdown by segment, each segment's) as the API's answer; nothing is recounted here.</summary>
internal static class FunnelAnswer
{
    public const int MaxPeriods = 400;

    public static FunnelAnswerDto Build(FunnelPlan plan, FunnelResult result, IReadOnlyList<(FunnelSegmentGroup Group, FunnelResult Result)> segments)
    {
        var steps = result.Steps.Select((s, i) => Step(s, plan.Refs[i])).ToList();
        var entered = result.Steps[0].Customers;
        var converted = result.Steps[^1].Customers;
        var summary = result.TimeToConvertSummary;
        var timeToConvert = new TimeToConvertDto(summary.Count,
            summary.Count == 0 ? null : summary.Median.TotalSeconds, summary.Count == 0 ? null : summary.P90.TotalSeconds,
            [.. result.TimeToConvert.Select(b => new TimeBucketDto(b.Label, b.UpTo?.TotalSeconds, b.Customers))]);
        var scope = plan.Scope;
        return new FunnelAnswerDto(scope.From, scope.To, scope.Series.Key, scope.Series.Name, plan.Mode,
            plan.Options.Window is { } w ? (long)w.TotalSeconds : null, steps, entered, converted, Ratio(converted, entered),
            result.Excluded, timeToConvert, Breakdown(plan, result, segments), OverTime(plan, result));
    }

    private static FunnelStepDto Step(FunnelStepResult s, ExploreStepRef asked)
    {
        var gap = s.TimeFromPrevious;
        return new FunnelStepDto(s.Name, asked.StepId, asked.Activity, s.Customers, s.ConversionFromFirst, s.ConversionFromPrevious,
            s.DropOff, gap.Count == 0 ? null : gap.Median.TotalSeconds, gap.Count == 0 ? null : gap.P90.TotalSeconds);
    }

    private static FunnelBreakdownDto? Breakdown(FunnelPlan plan, FunnelResult result, IReadOnlyList<(FunnelSegmentGroup Group, FunnelResult Result)> segments)
    {
        if (plan.Breakdown is not { } asked)
        {
            return null;
        }

        if (asked.By == "segment")
        {
            var groups = segments
                .Select(s => Group(s.Group.Id, s.Group.Name, s.Result.Steps, s.Result.Excluded))
                .OrderByDescending(g => g.Customers[0]).ThenBy(g => g.Name, StringComparer.Ordinal)
                .Take(plan.GroupLimit).ToList();
            return new FunnelBreakdownDto("segment", null, true, groups);
        }

        return new FunnelBreakdownDto(asked.By!, asked.Attribute, false,
            [.. result.Groups.Select(g => Group(g.Name, g.Name, g.Steps, g.Excluded))]);
    }

    private static FunnelGroupDto Group(string key, string name, IReadOnlyList<FunnelStepResult> steps, long excluded) =>
        new(key, name, [.. steps.Select(s => s.Customers)], excluded, Ratio(steps[^1].Customers, steps[0].Customers));

    private static FunnelOverTimeDto? OverTime(FunnelPlan plan, FunnelResult result)
    {
        if (plan.Options.Over is not { } over)
        {
            return null;
        }

        var periods = result.Periods.Skip(Math.Max(0, result.Periods.Count - MaxPeriods))
            .Select(p => new FunnelPeriodDto(p.Start, p.Reached, Ratio(p.Reached[^1], p.Reached[0])))
            .ToList();
        return new FunnelOverTimeDto(over.ToString().ToLowerInvariant(), periods, result.Periods.Count > MaxPeriods);
    }

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
