using System.CommandLine;
using Waymark.Cli.Internals;
using Waymark.Render.Report;
using Waymark.Render.Text;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark report map.waymark.json --format html -o report.html`: the map's stakeholder report offline from its
/// file, by the same writer as the server's report route. There are no measured figures, votes or comments in a file,
/// so those sections say the data is not bound.
/// </summary>
public sealed class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The map file (JSON or YAML)." };
        var format = new Option<ReportFormat?>("--format", "-f") { Description = "pdf or html. Default: the output's extension, else pdf." };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write. Default: the input's name with .report.pdf or .report.html." };
        var persona = new Option<string?>("--persona") { Description = "Report for one persona (its id): its card, lanes and curve." };
        var workspace = new Option<string>("--workspace") { Description = "The workspace's name on the cover.", DefaultValueFactory = _ => "Local files" };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("report", "Write a map's stakeholder report (PDF or self-contained HTML) offline.")
        {
            input, format, output, persona, workspace, force,
        };
        command.SetAction(parse => Run(context, parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(persona),
            parse.GetValue(workspace)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(CliContext context, string inputPath, ReportFormat? format, string? output, string? persona, string workspace, bool force)
    {
        var read = MapFiles.ReadOrReport(context, inputPath, out var map);
        if (read != ExitCodes.Ok)
        {
            return read;
        }

        if (persona is not null && map!.Personas.All(p => p.Id != persona))
        {
            context.Error.WriteLine($"--persona: the map has no persona with id '{persona}'.");
            return ExitCodes.Usage;
        }

        var chosen = format ?? (Path.GetExtension(output ?? "").Equals(".html", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Html : ReportFormat.Pdf);
        var path = output ?? ExportCommand.Stem(inputPath) + (chosen == ReportFormat.Html ? ".report.html" : ".report.pdf");
        if (File.Exists(path) && !force)
        {
            context.Error.WriteLine($"{path}: already exists (use --force to overwrite)");
            return ExitCodes.IoError;
        }

        try
        {
            var file = StakeholderReport.Default.Write(new ReportInput(map!, workspace, DateTimeOffset.UtcNow, persona), chosen);
            File.WriteAllBytes(path, file.Content);
            context.Line($"{map!.Name} -> {path}");
            return ExitCodes.Ok;
        }
        catch (FontsMissingException e)
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
}
