using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.Analysis;

/// <summary>
/// What an analysis over one map reads: the map, the period (from/to) and the segment's series. The overlay, the
/// paths and attribution take their scope through this one reading, so a period or segment means the same in each
/// and a bad one is refused with the same answer, in this order: the query's problems (422, with the endpoint's own,
/// e.g. an unknown <c>by</c>), a map that does not exist (404), one too large to analyse (the gate's answer), a
/// segment that does not exist (404).
/// </summary>
public sealed record MapAnalysisScope(JourneyMap Map, DateTimeOffset? From, DateTimeOffset? To, SeriesFilter Series)
{
    /// <summary>The period as the engine's filter, with the segment's conditions on top.</summary>
    public EventFilter Filter => Series.Apply(Range);

    /// <summary>The period alone (for a second series to compare with).</summary>
    public EventFilter Range => new() { From = From, To = To };

    public static async Task<MapAnalysisScopeReading> ResolveAsync(
        WaymarkDbContext db, AnalysisGate gate, string workspaceId, string mapId, string? from, string? to, string? segment,
        string title, IReadOnlyList<MapProblem>? queryProblems, CancellationToken ct)
    {
        var (start, end, problems) = TimeRangeQuery.Parse(from, to);
        problems.AddRange(queryProblems ?? []);
        if (problems.Count > 0)
        {
            return new(null, Problems.Invalid(problems, title), null);
        }

        var map = await MapDocument.LoadAsync(db, workspaceId, mapId, ct);
        if (map is null)
        {
            return new(null, null, Problems.NotFound("map", mapId));
        }

        if (gate.Refuse(map) is { } tooLarge)
        {
            return new(null, null, tooLarge);
        }

        var series = await SeriesFilter.ResolveAsync(db, workspaceId, segment, ct);
        return series.Problem is { } missing
            ? new(null, null, missing)
            : new(new MapAnalysisScope(map, start, end, series), null, null);
    }
}

/// <summary>The scope, or the answer that refuses the request.</summary>
public sealed record MapAnalysisScopeReading(MapAnalysisScope? Scope, ValidationProblem? Invalid, ProblemHttpResult? Problem)
{
    /// <summary>The refusal as an endpoint's answer (call when <see cref="Scope"/> is null).</summary>
    public Results<Ok<T>, ValidationProblem, ProblemHttpResult> Refusal<T>() =>
        Invalid is not null ? Invalid : Problem!;
}
