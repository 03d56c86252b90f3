using System.CommandLine;
using Waymark.Core.FileFormat;

namespace Waymark.Cli.Commands;

/// <summary>`waymark convert map.waymark.json -o map.waymark.yaml`: JSON to YAML and back, losslessly.</summary>
public sealed class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The map file to convert." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write; its extension picks the format. Default: the input with the other extension.",
        };
        var to = new Option<MapFormat?>("--to") { Description = "Target format when no output is given: json or yaml." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("convert", "Convert a map file between JSON and YAML.") { input, output, to, force };
        command.SetAction(parse => Run(
            context, parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(to), parse.GetValue(force)));
        return command;
    }

    private static int Run(CliContext context, string input, string? output, MapFormat? to, bool force)
    {
        var read = MapFiles.ReadOrReport(context, input, out var map);
        if (read != ExitCodes.Ok)
        {
            return read;
        }

        var inputFormat = MapFiles.FormatFor(input, MapFormat.Json);
        var target = to ?? (output is null ? Other(inputFormat) : MapFiles.FormatFor(output, Other(inputFormat)));
        var path = output ?? SwapExtension(input, target);
        if (File.Exists(path) && !force)
        {
            context.Error.WriteLine($"{path}: already exists (use --force to overwrite)");
            return ExitCodes.IoError;
        }

        MapFiles.Write(path, map!, target);
        context.Line($"{input} -> {path}");
        return ExitCodes.Ok;
    }

    private static MapFormat Other(MapFormat format) => format == MapFormat.Json ? MapFormat.Yaml : MapFormat.Json;

    private static string SwapExtension(string path, MapFormat target)
    {
        foreach (var ext in new[] { ".json", ".yaml", ".yml" })
        {
            if (path.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^ext.Length];
                break;
            }
        }

        return path + (target == MapFormat.Json ? ".json" : ".yaml");
    }
}
