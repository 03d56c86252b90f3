using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Segments;

/// <summary>Saved segments per workspace: list, create, update, delete.</summary>
public static class SegmentsEndpoints
{
    public static RouteGroupBuilder MapSegments(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/segments").WithTags("Segments");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListSegments").WithSummary("Lists the workspace's saved segments by name.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Editor).WithName("CreateSegment").WithSummary("Saves a new segment.")
            .Accepts<SegmentRequest>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{segmentId}", Update).RequireRole(WorkspaceRole.Editor).WithName("UpdateSegment").WithSummary("Replaces a segment's name, description and conditions.")
            .Accepts<SegmentRequest>("application/json").ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{segmentId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeleteSegment").WithSummary("Deletes a segment.");
        return workspace;
    }

    public static async Task<Ok<SegmentDto[]>> List(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var rows = await db.Segments.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).ToArrayAsync(ct);
        return TypedResults.Ok(rows.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(SegmentStore.ToDto).ToArray());
    }

    public static async Task<Results<Created<SegmentDto>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, HttpRequest request, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync(request, ct);
        if (body is null)
        {
            return problem!;
        }

        var now = DateTime.UtcNow;
        var entity = new SegmentEntity { Id = Ids.New("seg"), WorkspaceId = workspaceId, CreatedAt = now };
        Fill(entity, body, now);
        db.Segments.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("workspace", workspaceId); // a new random id: only a deleted workspace fails this
        }

        await audit.RecordAsync(request.HttpContext, workspaceId, AuditActions.SegmentCreated, entity.Id, entity.Name);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/segments/{entity.Id}", SegmentStore.ToDto(entity));
    }

    public static async Task<Results<Ok<SegmentDto>, ValidationProblem, ProblemHttpResult>> Update(
        string workspaceId, string segmentId, HttpRequest request, WaymarkDbContext db, CancellationToken ct)
    {
        var entity = await db.Segments.FirstOrDefaultAsync(s => s.Id == segmentId && s.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("segment", segmentId);
        }

        var (body, problem) = await ReadAsync(request, ct);
        if (body is null)
        {
            return problem!;
        }

        // Segments are not versioned (the last write wins), so the only race to lose is a delete meanwhile.
        Fill(entity, body, DateTime.UtcNow);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("segment", segmentId);
        }

        return TypedResults.Ok(SegmentStore.ToDto(entity));
    }

    /// <summary>The name is read first for the audit line; the delete that removed the row is the one recorded.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string workspaceId, string segmentId, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var segment = db.Segments.Where(s => s.Id == segmentId && s.WorkspaceId == workspaceId);
        var name = await segment.Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (name is null || await segment.ExecuteDeleteAsync(ct) == 0)
        {
            return Problems.NotFound("segment", segmentId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.SegmentDeleted, segmentId, name);
        return TypedResults.NoContent();
    }

    private static void Fill(SegmentEntity entity, SegmentRequest body, DateTime now)
    {
        entity.Name = body.Name;
        entity.Description = body.Description;
        entity.Conditions = SegmentStore.Serialize(body.Conditions);
        entity.UpdatedAt = now;
    }

    private static Task<(SegmentRequest? Body, ValidationProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken ct) =>
        SegmentRequestReader.ReadBodyAsync(request, (reader, root) => reader.Read(root), ct);
}
