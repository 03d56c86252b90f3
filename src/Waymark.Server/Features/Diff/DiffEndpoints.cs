using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Diff;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.History;

namespace Waymark.Server.Features.Diff;

/// <summary>
/// GET maps/{mapId}/diff: the map as it is now (after) against another map of the workspace (?against=, such as the
/// current state a future state is based on), against one of its stored revisions (?revision=) or against itself as it
/// was just after an op of its log (?seq=, docs/adr/048).
/// </summary>
public static class DiffEndpoints
{
    public static RouteGroupBuilder MapMapDiff(this RouteGroupBuilder workspace)
    {
        workspace.MapGroup("/maps").WithTags("Maps")
            .MapGet("/{mapId}/diff", Diff).RequireRole(WorkspaceRole.Viewer).WithName("DiffMap")
            .WithSummary("Compares a map with another map (against=), one of its revisions (revision=) or itself as it was after op seq (seq=): stages, steps, lanes, personas and cells added, removed, moved, renamed or changed.");
        return workspace;
    }

    public static async Task<Results<Ok<MapDiffAnswer>, ValidationProblem, ProblemHttpResult>> Diff(
        string workspaceId, string mapId, string? against, int? revision, long? seq, WaymarkDbContext db, CancellationToken ct)
    {
        if ((against is null ? 0 : 1) + (revision is null ? 0 : 1) + (seq is null ? 0 : 1) != 1)
        {
            return Problems.Invalid("against", "Name exactly one thing to compare with: against=<map id>, revision=<number> or seq=<op seq>.");
        }

        var entity = await db.Maps.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mapId && m.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        if (seq is not null)
        {
            return await SeqDiffAsync(db, entity, seq.Value, ct);
        }

        var (before, side, missing) = against is not null
            ? await OtherMapAsync(db, workspaceId, against, ct)
            : await RevisionAsync(db, entity, revision!.Value, ct);
        if (missing is not null)
        {
            return missing;
        }

        if (Read(entity.Document) is not { } after || before is null)
        {
            return TypedResults.Problem("A stored document could not be read as a map.", statusCode: StatusCodes.Status500InternalServerError, title: "Stored map unreadable");
        }

        return Answer(before, side!, after, entity);
    }

    private static Ok<MapDiffAnswer> Answer(JourneyMap before, DiffSide side, JourneyMap after, MapEntity entity)
    {
        var diff = MapDiffer.Compare(before, after);
        return TypedResults.Ok(new MapDiffAnswer(side, new DiffSide(entity.Id, entity.Name, null), diff.Matching, diff.Changes));
    }

    private static async Task<Results<Ok<MapDiffAnswer>, ValidationProblem, ProblemHttpResult>> SeqDiffAsync(
        WaymarkDbContext db, MapEntity entity, long seq, CancellationToken ct)
    {
        if (MapTimeline.RangeProblem(seq, await MapTimeline.OldestAsync(db, entity, ct), entity.OpSeq) is { } badSeq)
        {
            return Problems.Invalid("seq", badSeq);
        }

        var (document, label) = await SeqSide.ReadAsync(db, entity, seq, ct);
        if (document is null || Read(document) is not { } before || Read(entity.Document) is not { } after)
        {
            return TypedResults.Problem("The map could not be rebuilt at this seq from its stored history.", statusCode: StatusCodes.Status500InternalServerError, title: "History unreadable");
        }

        return Answer(before, new DiffSide(entity.Id, before.Name, null, seq, label), after, entity);
    }

    private static async Task<(JourneyMap? Map, DiffSide? Side, ProblemHttpResult? Missing)> OtherMapAsync(
        WaymarkDbContext db, string workspaceId, string otherId, CancellationToken ct)
    {
        // Only maps of this workspace: another workspace's map is "not found", never compared.
        var other = await db.Maps.AsNoTracking().FirstOrDefaultAsync(m => m.Id == otherId && m.WorkspaceId == workspaceId, ct);
        return other is null
            ? (null, null, Problems.NotFound("map", otherId))
            : (Read(other.Document), new DiffSide(other.Id, other.Name, null), null);
    }

    private static async Task<(JourneyMap? Map, DiffSide? Side, ProblemHttpResult? Missing)> RevisionAsync(
        WaymarkDbContext db, MapEntity entity, int number, CancellationToken ct)
    {
        var row = await db.MapRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.MapId == entity.Id && r.Number == number, ct);
        if (row is null)
        {
            return (null, null, Problems.NotFound("revision", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var map = Read(row.Document);
        return (map, new DiffSide(entity.Id, map?.Name ?? entity.Name, number), null);
    }

    private static JourneyMap? Read(string document) => MapSerializer.Read(document, MapFormat.Json).Map;
}
