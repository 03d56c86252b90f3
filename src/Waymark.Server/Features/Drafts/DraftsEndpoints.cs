using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Drafting;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Drafts;

/// <summary>A current-state map drafted from the workspace's events (the engine's MapDrafter), saved as a new map.</summary>
public static class DraftsEndpoints
{
    public static RouteGroupBuilder MapDrafts(this RouteGroupBuilder workspace)
    {
        workspace.MapPost("/maps/draft-from-data", Create).RequireRole(WorkspaceRole.Editor).WithTags("Maps")
            .WithName("DraftMapFromData").WithSummary("Drafts a current-state map from the workspace's events and saves it as a new map.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return workspace;
    }

    public static async Task<Results<Created<MapSummary>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, DraftRequest? request, HttpContext http, WaymarkDbContext db, EventLogCache cache, IAuditTrail audit, CancellationToken ct)
    {
        var steps = request?.MaxSteps ?? DraftOptions.DefaultSteps;
        if (steps is < DraftOptions.MinSteps or > DraftOptions.MaxSteps)
        {
            return Problems.Invalid("maxSteps", $"maxSteps must be {DraftOptions.MinSteps} to {DraftOptions.MaxSteps}; {steps} given");
        }

        var name = string.IsNullOrWhiteSpace(request?.Name) ? null : request.Name.Trim();
        if (name is { Length: > MapLimits.MaxTextLength })
        {
            return Problems.Invalid("name", $"the name is {name.Length:N0} characters; at most {MapLimits.MaxTextLength:N0} are allowed");
        }

        var (resolved, missing) = await SourceLog.ResolveAsync(db, cache, workspaceId, request?.SourceId, null, ct);
        if (resolved is null)
        {
            return missing!;
        }

        var map = MapDrafter.Draft(resolved.Log, new DraftOptions { Name = name, Steps = steps });
        if (map is null)
        {
            return TypedResults.Problem(
                "This event source has no customer events yet, so there is nothing to draft a map from. Import a file or send events to the ingestion API first.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "No events to draft from");
        }

        return await MapCreation.SaveNewAsync(db, audit, workspaceId, map, resolved.Key!.Value.SourceId, http, new(AuditActions.MapDrafted, "Drafted from data"), ct);
    }
}
