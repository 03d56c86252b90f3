using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>The checks of a funnel request that need nothing but the request, each problem at its JSON path.</summary>
internal static class FunnelRequestChecks
{
    public const int MaxExclusions = 10;
    public const int MaxGroups = 20;
    public const int DefaultGroups = 5;
    public const int MaxSegmentGroups = 10;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    private static readonly Dictionary<string, FunnelMode> Modes = new(StringComparer.Ordinal)
    {
        ["ordered"] = FunnelMode.Ordered, ["strict"] = FunnelMode.Strict, ["anyOrder"] = FunnelMode.AnyOrder,
    };

    private static readonly Dictionary<string, TrendGranularity> Periods = new(StringComparer.Ordinal)
    {
        ["day"] = TrendGranularity.Day, ["week"] = TrendGranularity.Week, ["month"] = TrendGranularity.Month,
    };

    public static (FunnelMode Mode, TimeSpan? Window, TrendGranularity? Over) Read(FunnelRequest request, List<MapProblem> problems)
    {
        var count = request.Steps?.Count ?? 0;
        if (count is < 2 or > FunnelOptions.MaxSteps)
        {
            problems.Add(new MapProblem("steps", $"a funnel has 2 to {FunnelOptions.MaxSteps} steps; {count} given"));
        }

        var mode = FunnelMode.Ordered;
        if (request.Mode is not null && !Modes.TryGetValue(request.Mode, out mode))
        {
            problems.Add(new MapProblem("mode", $"the mode is \"ordered\", \"strict\" or \"anyOrder\"; \"{request.Mode}\" given"));
        }

        TimeSpan? window = null;
        if (request.WindowSeconds is { } seconds)
        {
            if (seconds < 1 || seconds > MaxWindow.TotalSeconds)
            {
                problems.Add(new MapProblem("windowSeconds", string.Create(CultureInfo.InvariantCulture,
                    $"the conversion window is 1 second to {MaxWindow.TotalDays:0} days ({MaxWindow.TotalSeconds:0} seconds); {seconds} given")));
            }
            else
            {
                window = TimeSpan.FromSeconds(seconds);
            }
        }

        TrendGranularity? over = null;
        if (request.Over is not null)
        {
            over = Periods.TryGetValue(request.Over, out var g) ? g : null;
            if (over is null)
            {
                problems.Add(new MapProblem("over", $"conversion over time is by \"day\", \"week\" or \"month\"; \"{request.Over}\" given"));
            }
        }

        CheckExclusions(request.Exclusions, count, problems);
        CheckBreakdown(request.Breakdown, problems);
        return (mode, window, over);
    }

    private static void CheckExclusions(IReadOnlyList<FunnelExclusionRequest>? exclusions, int steps, List<MapProblem> problems)
    {
        if (exclusions is { Count: > MaxExclusions })
        {
            problems.Add(new MapProblem("exclusions", $"a funnel takes at most {MaxExclusions} exclusions; {exclusions.Count} given"));
            return;
        }

        for (var i = 0; i < (exclusions?.Count ?? 0); i++)
        {
            var after = exclusions![i]?.After ?? -1;
            if (steps >= 2 && (after < 0 || after > steps - 2))
            {
                problems.Add(new MapProblem($"exclusions[{i}].after",
                    $"an exclusion sits between two steps: after is 0 to {steps - 2} (the step it follows); {after} given"));
            }
        }
    }

    private static void CheckBreakdown(FunnelBreakdownRequest? breakdown, List<MapProblem> problems)
    {
        if (breakdown is null)
        {
            return;
        }

        if (breakdown.By is not ("attribute" or "channel" or "segment"))
        {
            problems.Add(new MapProblem("breakdown.by", $"a breakdown is by \"attribute\", \"channel\" or \"segment\"; \"{breakdown.By}\" given"));
        }
        else if (breakdown.By == "attribute" && string.IsNullOrWhiteSpace(breakdown.Attribute))
        {
            problems.Add(new MapProblem("breakdown.attribute", "a breakdown by attribute names the attribute (e.g. plan)"));
        }

        if (breakdown.Limit is < 1 or > MaxGroups)
        {
            problems.Add(new MapProblem("breakdown.limit", $"a breakdown shows 1 to {MaxGroups} groups; {breakdown.Limit} given"));
        }

        if (breakdown.Segments is { Count: > MaxSegmentGroups })
        {
            problems.Add(new MapProblem("breakdown.segments", $"a breakdown compares at most {MaxSegmentGroups} segments; {breakdown.Segments.Count} given"));
        }
    }
}
