using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Personas;

/// <summary>The workspace persona library. Documents are persona JSON; writes need If-Match like maps.</summary>
public static class PersonasEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static RouteGroupBuilder MapPersonas(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/personas").WithTags("Personas");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListPersonas").WithSummary("Lists the workspace's personas by name.");
        group.MapGet("/{personaId}", Get).RequireRole(WorkspaceRole.Viewer).WithName("GetPersona").WithSummary("Reads a persona's document (persona JSON), with its ETag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Editor).WithName("CreatePersona").WithSummary("Adds a persona from its document.")
            .Accepts<string>("application/json").AcceptsDocument(OpenApiBodies.PersonaDocument)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{personaId}", Update).RequireRole(WorkspaceRole.Editor).WithName("UpdatePersona").WithSummary("Saves a persona's whole document; needs If-Match.")
            .Accepts<string>("application/json").AcceptsDocument(OpenApiBodies.PersonaDocument)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesIfMatchProblems().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{personaId}", Delete).RequireRole(WorkspaceRole.Editor).WithName("DeletePersona").WithSummary("Deletes a persona; needs If-Match.")
            .ProducesIfMatchProblems();
        return workspace;
    }

    public static async Task<Ok<PersonaSummary[]>> List(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var rows = await db.Personas.AsNoTracking().Where(p => p.WorkspaceId == workspaceId).OrderBy(p => p.Name)
            .ToArrayAsync(ct);
        return TypedResults.Ok(rows.Select(Summary).ToArray());
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(
        string workspaceId, string personaId, HttpResponse response, WaymarkDbContext db, CancellationToken ct)
    {
        var entity = await Find(db, workspaceId, personaId, ct);
        if (entity is null)
        {
            return Problems.NotFound("persona", personaId);
        }

        ETags.Set(response, entity.Version);
        return TypedResults.Text(entity.Document, Json);
    }

    /// <summary>Keeps the document's id when it is free, else gives a new one.</summary>
    public static async Task<Results<Created<PersonaSummary>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (persona, invalid, tooLarge) = await ReadAsync(http.Request, ct);
        if (tooLarge is not null) return tooLarge;
        if (invalid is not null) return invalid;
        var entity = await AddNewAsync(db, workspaceId, persona!, Authors.Of(http.Request), ct);
        if (entity is null)
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.PersonaCreated, entity.Id, entity.Name);
        ETags.Set(http.Response, entity.Version);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/personas/{entity.Id}",
            Summary(entity));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> Update(
        string workspaceId, string personaId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var entity = await Find(db, workspaceId, personaId, ct, tracking: true);
        if (entity is null) return Problems.NotFound("persona", personaId);
        switch (ETags.Matches(http.Request, entity.Version))
        {
            case null: return Problems.IfMatchRequired();
            case false: return Problems.Stale("persona", entity.Version, entity.UpdatedBy, entity.UpdatedAt);
        }

        var (persona, invalid, tooLarge) = await ReadAsync(http.Request, ct);
        if (tooLarge is not null) return tooLarge;
        if (invalid is not null) return invalid;
        if (persona!.Id != personaId)
        {
            return Problems.Invalid("id", $"the document's id '{persona.Id}' is not the persona '{personaId}' in the URL");
        }

        Apply(entity, persona, Authors.Of(http.Request));
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return await LostRaceAsync(db, workspaceId, personaId, ct);
        }

        ETags.Set(http.Response, entity.Version);
        return TypedResults.Text(entity.Document, Json);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string workspaceId, string personaId, HttpRequest request, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var entity = await Find(db, workspaceId, personaId, ct, tracking: true);
        if (entity is null) return Problems.NotFound("persona", personaId);
        switch (ETags.Matches(request, entity.Version))
        {
            case null: return Problems.IfMatchRequired();
            case false: return Problems.Stale("persona", entity.Version, entity.UpdatedBy, entity.UpdatedAt);
        }

        db.Personas.Remove(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return await LostRaceAsync(db, workspaceId, personaId, ct);
        }

        await audit.RecordAsync(request.HttpContext, workspaceId, AuditActions.PersonaDeleted, personaId, entity.Name);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Keeps the document's id when it is free, else gives a new one; another request may take the id between the
    /// check and the insert, so a lost race tries again with a new id. Null when the workspace was deleted meanwhile.
    /// </summary>
    private static async Task<PersonaEntity?> AddNewAsync(WaymarkDbContext db, string workspaceId, Persona persona, string author, CancellationToken ct)
    {
        if (await db.Personas.AnyAsync(p => p.Id == persona.Id, ct))
        {
            persona = PersonaCopier.Copy(persona, Ids.New("per"));
        }

        var entity = Add(db, workspaceId, persona, author);
        if (await Saves.TrySaveAsync(db, ct))
        {
            return entity;
        }

        if (!await Saves.WorkspaceExistsAsync(db, workspaceId, ct))
        {
            return null;
        }

        // Another request took the id after the check: a new random id cannot be taken, only the workspace can go.
        entity = Add(db, workspaceId, PersonaCopier.Copy(persona, Ids.New("per")), author);
        return await Saves.TrySaveAsync(db, ct) ? entity : null;
    }

    /// <summary>The answer for a write that another request overtook: gone (404) or changed (412).</summary>
    private static async Task<ProblemHttpResult> LostRaceAsync(WaymarkDbContext db, string workspaceId, string personaId, CancellationToken ct)
    {
        var current = await Find(db, workspaceId, personaId, ct);
        return current is null
            ? Problems.NotFound("persona", personaId)
            : Problems.Stale("persona", current.Version, current.UpdatedBy, current.UpdatedAt);
    }

    internal static PersonaEntity Add(WaymarkDbContext db, string workspaceId, Persona persona, string author)
    {
        var entity = new PersonaEntity { Id = persona.Id, WorkspaceId = workspaceId, Version = 0 };
        Apply(entity, persona, author);
        db.Personas.Add(entity);
        return entity;
    }

    private static void Apply(PersonaEntity entity, Persona persona, string author)
    {
        entity.Name = persona.Name;
        entity.Document = PersonaSerializer.ToJson(persona);
        entity.UpdatedAt = DateTime.UtcNow;
        entity.UpdatedBy = author;
        entity.Version++;
    }

    /// <summary>What a persona card shows: read from the stored document, which is small.</summary>
    private static PersonaSummary Summary(PersonaEntity e)
    {
        var persona = PersonaSerializer.Read(e.Document).Persona;
        return new PersonaSummary(e.Id, e.Name, persona?.JobRole, persona?.Color, persona?.PhotoUrl, persona?.Quote,
            e.UpdatedAt, e.UpdatedBy, e.Version);
    }

    private static Task<PersonaEntity?> Find(WaymarkDbContext db, string workspaceId, string personaId, CancellationToken ct, bool tracking = false) =>
        (tracking ? db.Personas : db.Personas.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == personaId && p.WorkspaceId == workspaceId, ct);

    private static async Task<(Persona?, ValidationProblem?, ProblemHttpResult?)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(request, ct);
        if (body is null)
        {
            return (null, null, Problems.TooLarge(RequestBody.Limit));
        }

        var (persona, problems) = PersonaSerializer.Read(body);
        return problems.Count > 0 || persona is null
            ? (null, Problems.Invalid(problems, "The document is not a valid persona"), null)
            : (persona, null, null);
    }
}
