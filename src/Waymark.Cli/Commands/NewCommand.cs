using System.CommandLine;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Templates;

namespace Waymark.Cli.Commands;

/// <summary>`waymark new --template saas-trial -o trial.waymark.json`: a map file from a template.</summary>
public sealed class NewCommand
{
    public static Command Create(CliContext context)
    {
        var template = new Option<string>("--template", "-t")
        {
            Description = "Template id (see `waymark templates`).",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "File to write; .waymark.json or .waymark.yaml. Default: <template>.waymark.json",
        };
        var name = new Option<string?>("--name") { Description = "Name of the new map (default: the template's)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };

        var command = new Command("new", "Create a map file from a built-in template.") { template, output, name, force };
        command.SetAction(parse => Run(
            context, parse.GetValue(template)!, parse.GetValue(output), parse.GetValue(name), parse.GetValue(force)));
        return command;
    }

    private static int Run(CliContext context, string templateId, string? output, string? name, bool force)
    {
        var template = TemplateLibrary.Find(templateId);
        if (template is null)
        {
            var known = string.Join(", ", TemplateLibrary.All.Select(t => t.Id));
            context.Error.WriteLine($"unknown template '{templateId}'. Known templates: {known}");
            return ExitCodes.Usage;
        }

        var path = output ?? template.Id + ".waymark.json";
        if (File.Exists(path) && !force)
        {
            context.Error.WriteLine($"{path}: already exists (use --force to overwrite)");
            return ExitCodes.IoError;
        }

        var map = MapCopier.Copy(template.Create(), newIds: false);
        map.Id = Ids.New("map");
        if (!string.IsNullOrWhiteSpace(name))
        {
            map.Name = name.Trim();
        }

        try
        {
            MapFiles.Write(path, map, MapFiles.FormatFor(path, MapFormat.Json));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{path}: cannot write: {e.Message}");
            return ExitCodes.IoError;
        }

        context.Line($"{path}: created from template '{template.Id}' ({map.Stages.Count} stages, {map.StepCount()} steps)");
        return ExitCodes.Ok;
    }
}
