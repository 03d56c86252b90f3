using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;
using Waymark.Core.Templates;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Templates;

/// <summary>The built-in template library, for the gallery and for previews.</summary>
public static class TemplatesEndpoints
{
    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Templates");
        group.MapGet("/", List).WithName("ListTemplates").WithSummary("Lists the built-in templates with their sizes and personas.");
        group.MapGet("/{templateId}", Get).WithName("GetTemplate").WithSummary("Reads a template as a map document (the file format's JSON).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Ok<TemplateSummary[]> List() => TypedResults.Ok(TemplateLibrary.All.Select(t =>
    {
        var map = t.Create();
        return new TemplateSummary(t.Id, t.Name, t.Summary, MapRecords.KindName(t.Kind), map.Stages.Count, map.StepCount(),
            map.Personas.Select(p => p.Name).ToArray());
    }).ToArray());

    public static Results<ContentHttpResult, ProblemHttpResult> Get(string templateId)
    {
        var template = TemplateLibrary.Find(templateId);
        return template is null
            ? Problems.NotFound("template", templateId)
            : TypedResults.Text(MapSerializer.ToJson(template.Create()), "application/json; charset=utf-8");
    }
}
