using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.History;

/// <summary>
/// A map's history (docs/adr/048): its timeline of sessions and named versions, and the map as it was after any op.
/// Restores are ops (a replaceDocument with restoredFrom) sent through the hub or a PUT, not routes of their own.
/// </summary>
public static class HistoryEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static RouteGroupBuilder MapMapHistory(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/maps/{mapId}").WithTags("Maps");
        group.MapGet("/history", Timeline).RequireRole(WorkspaceRole.Viewer).WithName("GetMapHistory")
            .WithSummary("Reads a map's timeline: sessions of edits by author (newest first, paged with before= the oldest fromSeq shown) and its named versions.");
        group.MapGet("/history/at", At).RequireRole(WorkspaceRole.Viewer).WithName("GetMapAtSeq")
            .WithSummary("Reads the map as it was just after op seq (0: before the first op), rebuilt from its log.")
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        group.MapMapVersions();
        return workspace;
    }

    public static async Task<Results<Ok<MapHistory>, ValidationProblem, ProblemHttpResult>> Timeline(
        string workspaceId, string mapId, long? before, int? limit, WaymarkDbContext db, CancellationToken ct)
    {
        var map = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (map is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"limit must be from 1 to {MaxLimit}");
        }

        if (before is < 1 || before > map.OpSeq + 1)
        {
            return Problems.Invalid("before", Invariant($"before must be a seq from 1 to {map.OpSeq + 1} (the oldest fromSeq of the sessions shown)"));
        }

        var heads = await db.MapOperations.AsNoTracking().Where(o => o.MapId == mapId && o.Seq <= map.OpSeq).OrderBy(o => o.Seq)
            .Select(o => new OpHead(o.Seq, o.AuthorId, o.AuthorName, o.At, o.EditJson.Substring(0, EditKinds.HeadLength), o.RestoredFrom))
            .ToListAsync(ct);
        var (page, more) = HistorySessions.Page(HistorySessions.Group(heads), before, take);
        var versions = await VersionsEndpoints.ListAsync(db, mapId, ct);
        return TypedResults.Ok(new MapHistory(map.OpSeq, page, versions, more));
    }

    public static async Task<Results<Ok<MapAtSeq>, ValidationProblem, ProblemHttpResult>> At(
        string workspaceId, string mapId, long? seq, WaymarkDbContext db, ILoggerFactory logs, CancellationToken ct)
    {
        var map = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (map is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var oldest = await MapTimeline.OldestAsync(db, map, ct);
        var problem = seq is null
            ? Invariant($"give the seq to show the map at: seq={oldest} to {map.OpSeq}")
            : MapTimeline.RangeProblem(seq.Value, oldest, map.OpSeq);
        if (problem is not null)
        {
            return Problems.Invalid("seq", problem);
        }

        try
        {
            var document = await MapTimeline.DocumentAtAsync(db, map, seq!.Value, ct);
            return TypedResults.Ok(new MapAtSeq(seq.Value, MapTimeline.Element(document)));
        }
        catch (InvalidOperationException e)
        {
            logs.CreateLogger(typeof(HistoryEndpoints)).LogError(e, "Map {MapId} could not be rebuilt at seq {Seq}", mapId, seq);
            return TypedResults.Problem("The map could not be rebuilt at this seq from its stored history.",
                statusCode: StatusCodes.Status500InternalServerError, title: "History unreadable");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
