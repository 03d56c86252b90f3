using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Explore.Retention;

/// <summary>
/// The query parameters shared by retention and trends: one step given as <c>{name}Step</c> (a map step's id, read
/// through its binding by <see cref="ExploreSteps"/>) or <c>{name}Activity</c>, and a calendar granularity.
/// </summary>
public static class ExploreStepParameters
{
    /// <summary>The step (null when neither is given: "any event"), with problems pathed at the parameter's name.</summary>
    public static FunnelStep? Resolve(JourneyMap? map, string name, string? stepId, string? activity, List<MapProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrEmpty(stepId) && string.IsNullOrEmpty(activity))
        {
            return null;
        }

        var (steps, found) = ExploreSteps.Resolve(map, [new ExploreStepRef(stepId, activity)], name);
        foreach (var p in found)
        {
            var path = p.Path.Replace($"{name}[0].stepId", $"{name}Step", StringComparison.Ordinal)
                .Replace($"{name}[0]", name, StringComparison.Ordinal);
            problems.Add(new MapProblem(path, p.Message));
        }

        return steps.Count == 1 ? steps[0] : null;
    }

    /// <summary>day, week or month (null: <paramref name="fallback"/>); anything else is a problem at "granularity".</summary>
    public static TrendGranularity Granularity(string? text, TrendGranularity fallback, List<MapProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "":
                return fallback;
            case "day":
                return TrendGranularity.Day;
            case "week":
                return TrendGranularity.Week;
            case "month":
                return TrendGranularity.Month;
            default:
                problems.Add(new MapProblem("granularity", $"granularity is day, week or month; '{text}' given"));
                return fallback;
        }
    }

    public static string Name(TrendGranularity granularity) => granularity.ToString().ToLowerInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
