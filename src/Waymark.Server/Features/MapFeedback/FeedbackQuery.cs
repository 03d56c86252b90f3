using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Feedback;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.MapFeedback;

/// <summary>
/// The query of the feedback and insights endpoints: from/to (as the overlay's), a saved segment (the overlay's
/// filter, so it means the same customers) and the placement window in whole hours (1..8760, default 168).
/// </summary>
internal sealed record FeedbackQuery(JourneyMap Map, FeedbackOptions Options)
{
    public const int MaxWindowHours = 8760;

    /// <summary>The map and options, or the problem to answer with (400 naming the parameter, 404 for an unknown map or segment).</summary>
    public static async Task<(FeedbackQuery? Query, ValidationProblem? Invalid, ProblemHttpResult? Missing)> ParseAsync(WaymarkDbContext db, string workspaceId, string mapId,
        string? from, string? to, string? segment, string? window, CancellationToken ct)
    {
        var (start, end, problems) = TimeRangeQuery.Parse(from, to);
        var hours = Window(window, problems);
        if (problems.Count > 0)
        {
            return (null, Problems.Invalid(problems, "The query is not valid"), null);
        }

        var map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct);
        if (map is null)
        {
            return (null, null, Problems.NotFound("map", mapId));
        }

        var filter = new EventFilter { From = start, To = end };
        if (!string.IsNullOrEmpty(segment))
        {
            var entity = await SegmentStore.FindAsync(db, workspaceId, segment, ct);
            if (entity is null)
            {
                return (null, null, Problems.NotFound("segment", segment));
            }

            filter = SegmentFilters.Apply(SegmentStore.ConditionsOf(entity), filter);
        }

        return (new FeedbackQuery(map, new FeedbackOptions { Filter = filter, Window = TimeSpan.FromHours(hours) }), null, null);
    }

    private static int Window(string? text, List<MapProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (int)FeedbackOptions.DefaultWindow.TotalHours;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours is >= 1 and <= MaxWindowHours)
        {
            return hours;
        }

        problems.Add(new MapProblem("window", $"\"{text}\" is not a window in whole hours from 1 to {MaxWindowHours.ToString(CultureInfo.InvariantCulture)}"));
        return 0;
    }
}
