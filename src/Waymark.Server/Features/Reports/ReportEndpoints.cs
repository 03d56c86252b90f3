using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Render.Report;
using Waymark.Render.Text;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Reports;

/// <summary>
/// A map's stakeholder report (PDF or one self-contained HTML page), next to the map's export route. It shows only
/// what the caller may read elsewhere: the measured sections run the overlay, feedback and insights handlers
/// themselves (so a figure means the same in the report and on screen) and are left out, with a note, for a share
/// link without the data view; open comments follow the comment list's rule.
/// </summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapMapReport(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/maps/{mapId}/report", Get).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithTags("Maps")
            .WithName("GetMapReport")
            .WithSummary("Downloads a map's stakeholder report (PDF or self-contained HTML): scope, personas, the map, curves, funnel, where it hurts, ideas, open comments.")
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/pdf", "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return workspace;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Get(
        string workspaceId, string mapId, [AsParameters] ReportQuery query, HttpContext http, WaymarkDbContext db,
        EventLogCache logs, SourceAnalyses analyses, FeedbackCache feedback, AnalysisGate gate, CancellationToken ct)
    {
        if (!query.TryFormat(out var format))
        {
            return Problems.Invalid("format", $"'{query.Format}' is not a report format; use pdf or html.");
        }

        var entity = await MapQueries.FindAsync(db, workspaceId, mapId, ct);
        if (entity is null)
        {
            return Problems.NotFound("map", mapId);
        }

        var map = MapSerializer.Read(entity.Document, MapFormat.Json).Map!;
        if (query.Persona is not null && map.Personas.All(p => p.Id != query.Persona))
        {
            return Problems.Invalid("persona", $"The map has no persona with id '{query.Persona}'.");
        }

        var caller = http.Caller();
        var figures = await new ReportFigures(db, logs, analyses, feedback, gate).LoadAsync(workspaceId, mapId, map, query, caller, ct);
        if (figures.Problem is ValidationProblem invalid)
        {
            return invalid;
        }

        if (figures.Problem is ProblemHttpResult refused)
        {
            return refused;
        }

        var input = new ReportInput(map, await ReportPeople.WorkspaceNameAsync(db, workspaceId, ct), DateTimeOffset.UtcNow, query.Persona)
        {
            Data = figures.Data,
            DataNote = figures.Note,
            Votes = await ReportPeople.VotesAsync(db, mapId, map, caller, ct),
            OpenThreads = await ReportPeople.OpenThreadsAsync(db, workspaceId, mapId, map, caller, ct),
        };
        try
        {
            var file = StakeholderReport.Default.Write(input, format);
            ETags.Set(http.Response, entity.Version);
            return TypedResults.File(file.Content, file.ContentType, MapFileNames.Slug(entity.Name) + file.Extension);
        }
        catch (FontsMissingException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Fonts missing on the server");
        }
    }
}
