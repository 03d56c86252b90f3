using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Engine;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Explore.Attributes;

/// <summary>
/// The attribute names Explore's breakdown and filter pickers offer: those of a source named (source), else of the
/// source a map reads (map), else of the workspace's default source, as every Explore route resolves it. A map bound
/// to no source lists none.
/// </summary>
public static class AttributeNamesEndpoints
{
    public static RouteGroupBuilder MapExploreAttributes(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/explore/attributes", Get).RequireRole(WorkspaceRole.Viewer).WithTags("Explore")
            .WithName("GetExploreAttributes")
            .WithSummary("The customer attribute and event property names of a source, with how many customers or events carry each.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Ok<AttributeNamesAnswer>, ProblemHttpResult>> Get(
        string workspaceId, string? map, string? source, WaymarkDbContext db, EventLogCache logs, AnalysisGate gate, CancellationToken ct)
    {
        var (resolved, problem) = await SourceLog.ResolveAsync(db, logs, workspaceId, source, string.IsNullOrEmpty(source) ? map : null, ct);
        if (resolved is null)
        {
            return problem!;
        }

        var log = resolved.Log;
        var (customer, events) = await gate.RunAsync(_ => AttributeNames.Of(log), ct);
        return TypedResults.Ok(new AttributeNamesAnswer(log.CustomerCount, customer, events));
    }
}
