using System.CommandLine;
using Waymark.Render;
using Waymark.Render.Formats;
using Waymark.Render.Text;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark export map.waymark.json --format pdf -o map.pdf`: the map drawn (PDF, SVG, PNG) or tabled (CSV,
/// Markdown) offline from its file, by the same renderer as the server's export route.
/// </summary>
public sealed class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The map file (JSON or YAML)." };
        var format = new Option<ExportFormat?>("--format", "-f")
        {
            Description = "pdf, svg, png, csv or md. Default: the output's extension, else pdf.",
        };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write. Default: the input's name with the format's extension." };
        var pages = new Option<PageMode>("--pages") { Description = "PDF: poster (one page of the map's size), a4 or letter (landscape).", DefaultValueFactory = _ => PageMode.Poster };
        var scale = new Option<int>("--scale") { Description = "PNG: 1, 2 or 3 pixels per map pixel.", DefaultValueFactory = _ => 2 };
        var persona = new Option<string?>("--persona") { Description = "Keep one persona's lanes and curve (its id)." };
        var paths = new Option<bool>("--text-as-paths") { Description = "SVG: draw text as outlines (no font needed to view it)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("export", "Draw a map as PDF, SVG or PNG, or write it as CSV or Markdown.")
        {
            input, format, output, pages, scale, persona, paths, force,
        };
        scale.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 3)
            {
                r.AddError("--scale must be 1, 2 or 3.");
            }
        });
        command.SetAction(parse => Run(context, new Request(parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(output),
            parse.GetValue(pages), parse.GetValue(scale), parse.GetValue(persona), parse.GetValue(paths), parse.GetValue(force))));
        return command;
    }

    private static int Run(CliContext context, Request request)
    {
        var read = MapFiles.ReadOrReport(context, request.Input, out var file);
        if (read != ExitCodes.Ok)
        {
            return read;
        }

        var map = file!;
        if (request.Persona is not null && map.Personas.All(p => p.Id != request.Persona))
        {
            context.Error.WriteLine($"--persona: the map has no persona with id '{request.Persona}'.");
            return ExitCodes.Usage;
        }

        var format = request.Format ?? FormatOf(request.Output) ?? ExportFormat.Pdf;
        var path = request.Output ?? Stem(request.Input) + "." + format.ToString().ToLowerInvariant();
        if (File.Exists(path) && !request.Force)
        {
            context.Error.WriteLine($"{path}: already exists (use --force to overwrite)");
            return ExitCodes.IoError;
        }

        return Write(context, map, path, new ExportOptions(format, request.Pages, request.Scale, request.Persona, request.TextAsPaths));
    }

    private static int Write(CliContext context, Core.Maps.JourneyMap map, string path, ExportOptions options)
    {
        try
        {
            var file = MapExporter.Default.Export(map, options);
            File.WriteAllBytes(path, file.Content);
            context.Line($"{map.Name} -> {path}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is ExportTooLargeException or FontsMissingException)
        {
            context.Error.WriteLine($"{path}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{path}: cannot write: {e.Message}");
            return ExitCodes.IoError;
        }
    }

    private static ExportFormat? FormatOf(string? output) =>
        Path.GetExtension(output ?? "").TrimStart('.').ToLowerInvariant() switch
        {
            "pdf" => ExportFormat.Pdf, "svg" => ExportFormat.Svg, "png" => ExportFormat.Png, "csv" => ExportFormat.Csv,
            "md" or "markdown" => ExportFormat.Md, _ => null,
        };

    internal static string Stem(string input)
    {
        var name = input;
        foreach (var ext in new[] { ".waymark.json", ".waymark.yaml", ".waymark.yml", ".json", ".yaml", ".yml" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^ext.Length];
            }
        }

        return name;
    }

    private sealed record Request(
        string Input, ExportFormat? Format, string? Output, PageMode Pages, int Scale, string? Persona, bool TextAsPaths, bool Force);
}
