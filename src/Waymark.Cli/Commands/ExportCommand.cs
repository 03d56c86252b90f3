using System.CommandLine;
using Waymark.Render;
using Waymark.Render.Formats;
using Waymark.Render.Text;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark export map.waymark.json --format pdf -o map.pdf`: the map drawn (PDF, SVG, PNG) or tabled (CSV,
/// Markdown) offline from its file, by the same renderer as the server's export route. With <c>--server</c> it adds
/// the data strip: the figures of the server's map (<c>--map</c>, default the file's id) for a period and segment,
/// from the server's overlay and feedback routes, turned into the strip by the code the export route uses.
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
        var server = new ServerOptions(optional: true);
        var data = new DataOptions();
        var command = new Command("export", "Draw a map as PDF, SVG or PNG, or write it as CSV or Markdown.")
        {
            input, format, output, pages, scale, persona, paths, force, data.Map, data.From, data.To, data.Segment,
        };
        server.AddTo(command);
        scale.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 3)
            {
                r.AddError("--scale must be 1, 2 or 3.");
            }
        });
        command.SetAction((parse, ct) => RunAsync(context, new Request(parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(output),
            parse.GetValue(pages), parse.GetValue(scale), parse.GetValue(persona), parse.GetValue(paths), parse.GetValue(force)),
            data.Read(parse, server), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Request request, DataRequest? data, CancellationToken ct)
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

        var options = new ExportOptions(format, request.Pages, request.Scale, request.Persona, request.TextAsPaths);
        if (data is not null)
        {
            var (figures, code) = await data.FetchAsync(context, map, ct).ConfigureAwait(false);
            if (figures is null)
            {
                return code;
            }

            options = options with { Data = figures };
        }

        return Write(context, map, path, options);
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
