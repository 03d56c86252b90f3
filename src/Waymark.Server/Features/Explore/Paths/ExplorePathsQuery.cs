using Microsoft.AspNetCore.Mvc;

namespace Waymark.Server.Features.Explore.Paths;

/// <summary>
/// The paths view's query string, every value as text (read by <see cref="ExplorePathsReader"/> so a bad one is a
/// 400 naming it). The web view keeps the same keys in its address.
/// </summary>
public sealed class ExplorePathsQuery
{
    /// <summary>Start of the period (ISO 8601, inclusive).</summary>
    [FromQuery(Name = "from")] public string? From { get; init; }

    /// <summary>End of the period (ISO 8601, exclusive).</summary>
    [FromQuery(Name = "to")] public string? To { get; init; }

    /// <summary>A saved segment's id (none: every customer).</summary>
    [FromQuery(Name = "segment")] public string? Segment { get; init; }

    /// <summary>A second segment's id: its paths come as a second series, with the same settings.</summary>
    [FromQuery(Name = "compare")] public string? Compare { get; init; }

    /// <summary>The event source measured (none: the map's source with a map, else the workspace's default).</summary>
    [FromQuery(Name = "source")] public string? Source { get; init; }

    /// <summary>The map whose step is the start (needed with startStep).</summary>
    [FromQuery(Name = "map")] public string? Map { get; init; }

    /// <summary>Start at a map step, read through its binding (any of its activities, its conditions).</summary>
    [FromQuery(Name = "startStep")] public string? StartStep { get; init; }

    /// <summary>Start at one activity. With neither start, paths start at each journey's first (or last) event.</summary>
    [FromQuery(Name = "startActivity")] public string? StartActivity { get; init; }

    /// <summary>forward (default): what customers did after the start; backward: what they did before it.</summary>
    [FromQuery(Name = "direction")] public string? Direction { get; init; }

    /// <summary>Columns, the start included: 2 to 10 (default 5).</summary>
    [FromQuery(Name = "depth")] public string? Depth { get; init; }

    /// <summary>Activities kept per column, the rest folded into "other": 1 to 20 (default 6).</summary>
    [FromQuery(Name = "width")] public string? Width { get; init; }

    /// <summary>true: a run of one activity counts as one step (default false).</summary>
    [FromQuery(Name = "collapse")] public string? Collapse { get; init; }
}
