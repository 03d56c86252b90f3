using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Sources;

/// <summary>
/// Finds a workspace's event sources: the one a request names, or the default (the oldest). Every route that reads
/// events outside a map asks here, so a missing or foreign source is one 404 everywhere.
/// </summary>
public static class EventSources
{
    /// <summary>The name of the source every workspace starts with (and that the migration gave existing data).</summary>
    public const string DefaultName = "Events";

    public const int MaxName = 200;

    /// <summary>A new source row (not saved).</summary>
    public static EventSourceEntity New(string workspaceId, string name, DateTime now) =>
        new() { Id = Ids.New("src"), WorkspaceId = workspaceId, Name = name, CreatedAt = now };

    /// <summary>The default source of a new workspace, with the id the migration gave existing workspaces' one.</summary>
    public static EventSourceEntity NewDefault(string workspaceId, DateTime now) =>
        new() { Id = DefaultId(workspaceId), WorkspaceId = workspaceId, Name = DefaultName, CreatedAt = now };

    /// <summary>The workspace's sources, oldest (the default) first; a workspace without one gets its default here.</summary>
    public static async Task<EventSourceEntity[]> ListAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct)
    {
        var rows = await Query(db, workspaceId).ToArrayAsync(ct);
        return rows.Length > 0 ? rows : await EnsureDefaultAsync(db, workspaceId, ct);
    }

    /// <summary>The workspace's default source (its oldest); one is made when the workspace has none.</summary>
    public static async Task<EventSourceKey?> DefaultAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct)
    {
        var id = await Query(db, workspaceId).Select(s => s.Id).FirstOrDefaultAsync(ct)
            ?? (await EnsureDefaultAsync(db, workspaceId, ct)).FirstOrDefault()?.Id;
        return id is null ? null : new EventSourceKey(workspaceId, id);
    }

    private static IQueryable<EventSourceEntity> Query(WaymarkDbContext db, string workspaceId) =>
        db.EventSources.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id);

    /// <summary>
    /// The first default source of a workspace (made with it, by the migration, or on first use) has a fixed id, so a
    /// workspace's first source is known without a query (tests and the demo seed use it).
    /// </summary>
    public static EventSourceKey DefaultKey(string workspaceId) => new(workspaceId, DefaultId(workspaceId));

    private static string DefaultId(string workspaceId) => "src_" + workspaceId[..Math.Min(workspaceId.Length, 60)];

    /// <summary>
    /// Workspaces made before sources existed got theirs from the migration; one written straight into the table (a
    /// test, a restore) gets it on first use. Its id is fixed, so two requests racing here make one row.
    /// </summary>
    private static async Task<EventSourceEntity[]> EnsureDefaultAsync(WaymarkDbContext db, string workspaceId, CancellationToken ct)
    {
        var entity = NewDefault(workspaceId, DateTime.UtcNow);
        db.EventSources.Add(entity);
        var saved = await Saves.TrySaveAsync(db, ct);
        db.Entry(entity).State = EntityState.Detached;
        return saved ? [entity] : await Query(db, workspaceId).ToArrayAsync(ct);
    }

    /// <summary>Whether the workspace has a source with this id.</summary>
    public static Task<bool> ExistsAsync(WaymarkDbContext db, string workspaceId, string sourceId, CancellationToken ct) =>
        db.EventSources.AnyAsync(s => s.Id == sourceId && s.WorkspaceId == workspaceId, ct);

    /// <summary>
    /// The source a request names (<paramref name="sourceId"/>), or the default one when it names none; a 404 for an
    /// id the workspace does not have, or when the workspace has no source at all.
    /// </summary>
    public static async Task<SourceResolution> ResolveAsync(WaymarkDbContext db, string workspaceId, string? sourceId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(sourceId))
        {
            var fallback = await DefaultAsync(db, workspaceId, ct);
            return fallback is { } key ? new(key, null) : new(null, Problems.NotFound("event source", "(default)"));
        }

        return await ExistsAsync(db, workspaceId, sourceId, ct)
            ? new(new EventSourceKey(workspaceId, sourceId), null)
            : new(null, Problems.NotFound("event source", sourceId));
    }
}
