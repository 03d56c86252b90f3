using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Data;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Segments;

/// <summary>
/// Counts the customers of a segment before it is saved, with the filter the overlay applies to a saved one
/// (<see cref="SegmentFilters.Apply"/> over the same time range, counted by the engine's customer pass or pushed down
/// with the same rule), so the editor's figure and the map's after saving come from one mechanism.
/// </summary>
public static class SegmentPreviewEndpoints
{
    public static RouteGroupBuilder MapSegmentPreview(this RouteGroupBuilder workspace)
    {
        workspace.MapPost("/segments/preview", Preview).RequireRole(WorkspaceRole.Editor).WithTags("Segments")
            .WithName("PreviewSegment")
            .WithSummary("Counts the customers an unsaved segment holds in a period, their share of all customers, and the names it uses that the data does not know.")
            .Accepts<SegmentPreviewRequest>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return workspace;
    }

    public static async Task<Results<Ok<SegmentPreview>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? from, string? to, string? source, string? mapId, HttpRequest request, WaymarkDbContext db,
        SourceAnalyses analyses, CancellationToken ct)
    {
        var (start, end, problems) = TimeRangeQuery.Parse(from, to);
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems, "The preview's period is not valid");
        }

        var (conditions, invalid) = await SegmentRequestReader.ReadBodyAsync(request, (reader, root) => reader.ReadConditions(root), ct);
        if (conditions is null)
        {
            return invalid!;
        }

        var range = new EventFilter { From = start, To = end };
        var (resolved, missing) = await SourceLog.ResolveSourceAsync(db, workspaceId, source, mapId, ct);
        if (resolved is null)
        {
            return missing!;
        }

        var asked = new SourceNames([.. conditions.Did.Concat(conditions.DidNot)], [.. conditions.Attributes.Select(a => a.Key)], conditions.Channels);
        var (customers, all, known) = await analyses.AskAsync(resolved.Key, "segment preview", async (side, token) =>
        {
            var (segment, everyone, names) = (side.CustomersAsync(SegmentFilters.Apply(conditions, range), token), side.CustomersAsync(range, token), side.KnownNamesAsync(asked, token));
            await Task.WhenAll(segment, everyone, names);
            return (segment.Result, everyone.Result, names.Result);
        }, ct);
        return TypedResults.Ok(new SegmentPreview(customers, all, all == 0 ? 0 : (double)customers / all,
            [.. Unknown(asked.Activities, known.Activities)], [.. Unknown(asked.AttributeKeys, known.AttributeKeys)], [.. Unknown(asked.Channels, known.Channels)]));
    }

    private static IEnumerable<string> Unknown(IEnumerable<string> names, IReadOnlyList<string> known) =>
        names.Except(known, StringComparer.Ordinal);
}
