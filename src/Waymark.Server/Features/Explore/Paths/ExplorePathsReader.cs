using System.Globalization;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Explore.Paths;

/// <summary>Reads the paths view's settings from its query, with a problem (named by its query key, a 400) per bad value.</summary>
public static class ExplorePathsReader
{
    public static (ExplorePathsSettings Settings, List<MapProblem> Problems) Read(ExplorePathsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<MapProblem>();
        var backward = query.Direction switch
        {
            null or "" or "forward" => false,
            "backward" => true,
            _ => Bad(problems, "direction", "is forward or backward"),
        };
        var depth = Number(problems, "depth", query.Depth, ExplorePathsSettings.DefaultDepth, ExplorePathsSettings.MinDepth, ExplorePathsSettings.MaxDepth);
        var width = Number(problems, "width", query.Width, ExplorePathsSettings.DefaultWidth, ExplorePathsSettings.MinWidth, ExplorePathsSettings.MaxWidth);
        var collapse = query.Collapse switch
        {
            null or "" or "false" => false,
            "true" => true,
            _ => Bad(problems, "collapse", "is true or false"),
        };
        if (!string.IsNullOrEmpty(query.StartStep) && !string.IsNullOrEmpty(query.StartActivity))
        {
            problems.Add(new MapProblem("startStep", "the start is a map step (startStep) or an activity (startActivity), not both"));
        }
        else if (!string.IsNullOrEmpty(query.StartStep) && string.IsNullOrEmpty(query.Map))
        {
            problems.Add(new MapProblem("map", "a map step needs the map it is on (map)"));
        }

        return (new ExplorePathsSettings(backward, depth, width, collapse), problems);
    }

    private static bool Bad(List<MapProblem> problems, string key, string rule)
    {
        problems.Add(new MapProblem(key, rule));
        return false;
    }

    private static int Number(List<MapProblem> problems, string key, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(new MapProblem(key, string.Create(CultureInfo.InvariantCulture, $"is a whole number from {min} to {max}")));
        return fallback;
    }
}
