using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.ApiKeys;

/// <summary>Per-workspace ingestion keys, each writing into one event source: create (the secret is returned once), list, revoke.</summary>
public static class ApiKeysEndpoints
{
    private const int MaxName = 200;

    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/api-keys").WithTags("API keys");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Owner).WithName("ListApiKeys").WithSummary("Lists the workspace's API keys (without their secrets), oldest first.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Owner).WithName("CreateApiKey").WithSummary("Creates an API key; the answer is the only time its secret is sent.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{keyId}", Revoke).RequireRole(WorkspaceRole.Owner).WithName("RevokeApiKey").WithSummary("Revokes an API key at once; the list keeps it with the time.");
        return workspace;
    }

    public static async Task<Ok<ApiKeyDto[]>> List(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var rows = await db.ApiKeys.AsNoTracking().Where(k => k.WorkspaceId == workspaceId).ToArrayAsync(ct);
        var names = await db.EventSources.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return TypedResults.Ok(rows.OrderBy(k => k.CreatedAt)
            .Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.CreatedAt, k.RevokedAt, k.SourceId, names.GetValueOrDefault(k.SourceId, ""))).ToArray());
    }

    public static async Task<Results<Created<CreatedApiKey>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, ApiKeyRequest request, HttpResponse response, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxName)
        {
            return Problems.Invalid("name", $"A key needs a name of 1 to {MaxName} characters.");
        }

        var source = await EventSources.ResolveAsync(db, workspaceId, request.SourceId, ct);
        if (source.Key is not { } sourceKey)
        {
            return string.IsNullOrEmpty(request.SourceId) ? source.Problem! : Problems.Invalid("sourceId", $"the workspace has no event source '{request.SourceId}'");
        }

        // The source was there a moment ago; a workspace deleted since takes it along, which is a 404, not a fault.
        var sourceName = await db.EventSources.AsNoTracking().Where(s => s.Id == sourceKey.SourceId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (sourceName is null)
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var key = ApiKeySecrets.NewKey();
        var entity = new ApiKeyEntity
        {
            Id = Ids.New("key"),
            WorkspaceId = workspaceId,
            SourceId = sourceKey.SourceId,
            Name = name,
            Prefix = ApiKeySecrets.PrefixOf(key),
            Hash = ApiKeySecrets.Hash(key),
            CreatedAt = DateTime.UtcNow,
        };
        db.ApiKeys.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("workspace", workspaceId); // a new random id: only a deleted workspace fails this
        }

        await audit.RecordAsync(response.HttpContext, workspaceId, AuditActions.ApiKeyCreated, entity.Id, entity.Name); // the name only: never the key
        response.Headers.CacheControl = "no-store"; // the only time the secret is sent: no cache may keep it
        return TypedResults.Created($"/api/workspaces/{workspaceId}/api-keys/{entity.Id}",
            new CreatedApiKey(entity.Id, entity.Name, entity.Prefix, entity.CreatedAt, key, entity.SourceId, sourceName));
    }

    /// <summary>
    /// Revoking keeps the row (so the list shows when) and stops the key at once. One conditional UPDATE, so revokes
    /// that race keep the first time and none can fail on a row another request changed; only the revoke that
    /// changed the row is recorded, so repeating it adds no line.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string workspaceId, string keyId, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var revoked = await db.ApiKeys.Where(k => k.Id == keyId && k.WorkspaceId == workspaceId && k.RevokedAt == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, now), ct);
        var name = await db.ApiKeys.Where(k => k.Id == keyId && k.WorkspaceId == workspaceId).Select(k => k.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return Problems.NotFound("API key", keyId);
        }

        if (revoked > 0)
        {
            await audit.RecordAsync(http, workspaceId, AuditActions.ApiKeyRevoked, keyId, name);
        }

        return TypedResults.NoContent();
    }
}
