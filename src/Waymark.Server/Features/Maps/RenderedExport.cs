using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data.Entities;
using Waymark.Render;
using Waymark.Render.Data;
using Waymark.Render.Formats;
using Waymark.Render.Text;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Maps;

/// <summary>
/// The export route's drawn and tabled formats (svg, png, pdf, csv, md) through the shared renderer
/// (src/Waymark.Render, ADR 020); JSON and YAML stay with the file export as they were.
/// </summary>
internal static class RenderedExport
{
    public static readonly string[] ContentTypes =
        ["application/yaml", "image/svg+xml", "image/png", "application/pdf", "text/csv", "text/markdown"];

    /// <summary>Every format but the map's own file (none, json, yaml) is this route's: unknown ones get a 400 here.</summary>
    public static bool Handles(string? format) =>
        format is not null && !format.Equals("json", StringComparison.OrdinalIgnoreCase) && !format.Equals("yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The formats that draw the map (and so can carry the data strip); CSV and Markdown table it.</summary>
    public static bool Draws(string format) =>
        Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var kind) && kind is ExportFormat.Svg or ExportFormat.Png or ExportFormat.Pdf;

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> Render(
        MapEntity entity, string format, ExportQuery query, HttpResponse response, MapData? data)
    {
        var map = MapSerializer.Read(entity.Document, MapFormat.Json).Map!;
        var (options, path, problem) = Options(format, query, map);
        if (options is null)
        {
            return Problems.Invalid(path!, problem!);
        }

        options = options with { Data = data };

        ExportFile file;
        try
        {
            file = MapExporter.Default.Export(map, options);
        }
        catch (ExportTooLargeException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Picture too large");
        }
        catch (FontsMissingException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Fonts missing on the server");
        }

        if (data is null)
        {
            // With data the file changes as events arrive, not only with the map's version: no ETag then.
            ETags.Set(response, entity.Version);
        }

        return TypedResults.File(file.Content, file.ContentType, MapFileNames.Slug(entity.Name) + file.Extension);
    }

    private static (ExportOptions? Options, string? Path, string? Problem) Options(string format, ExportQuery query, JourneyMap map)
    {
        if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(format[0]))
        {
            return (null, "format", $"'{format}' is not an export format; use json, yaml, svg, png, pdf, csv or md.");
        }

        var pages = PageMode.Poster;
        if (query.Pages is not null && (!Enum.TryParse(query.Pages, ignoreCase: true, out pages) || !Enum.IsDefined(pages) || char.IsDigit(query.Pages[0])))
        {
            return (null, "pages", $"'{query.Pages}' is not a page mode; use poster, a4 or letter.");
        }

        var scale = 2;
        if (query.Scale is not null && (!int.TryParse(query.Scale, System.Globalization.CultureInfo.InvariantCulture, out scale) || scale is < 1 or > 3))
        {
            return (null, "scale", $"'{query.Scale}' is not a scale; use 1, 2 or 3.");
        }

        if (query.Persona is not null && map.Personas.All(p => p.Id != query.Persona))
        {
            return (null, "persona", $"The map has no persona with id '{query.Persona}'.");
        }

        if (query.Text is not null && query.Text != "paths" && query.Text != "fonts")
        {
            return (null, "text", $"'{query.Text}' is not a text mode; use fonts (embedded, the default) or paths.");
        }

        return (new ExportOptions(kind, pages, scale, query.Persona, query.Text == "paths"), null, null);
    }
}
