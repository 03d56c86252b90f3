using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Waymark.Cli.Internals;
using Waymark.Core.Diff;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark diff a.waymark.json b.waymark.yaml`: what changed from a to b, part by part (stages, steps, lanes,
/// cells, emotion scores), one line each, or the same as JSON with --json. Exit codes follow diff(1) so git and
/// scripts can use it: 0 the same, 1 different, 2 trouble (a file that cannot be read or is not a valid map, named
/// with the place of each problem).
/// </summary>
public sealed class DiffCommand
{
    public const int Same = ExitCodes.Ok;
    public const int Different = 1;
    public const int Trouble = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("before") { Description = "The map as it was (*.waymark.json, *.waymark.yaml)." };
        var after = new Argument<string>("after") { Description = "The map as it is now." };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON (matching, then each change with its places and values)." };
        var command = new Command("diff", "Show what changed between two map files: stages, steps, lanes, cells, emotion scores.") { before, after, json };
        command.SetAction(parse => Run(context, parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string beforePath, string afterPath, bool json)
    {
        // Both files are read and reported before giving up, so one run names every bad file.
        var beforeCode = MapFiles.ReadOrReport(context, beforePath, out var before);
        var afterCode = MapFiles.ReadOrReport(context, afterPath, out var after);
        if (beforeCode != ExitCodes.Ok || afterCode != ExitCodes.Ok)
        {
            return Trouble;
        }

        var diff = MapDiffer.Compare(before!, after!);
        if (json)
        {
            var document = new DiffDocument(beforePath, afterPath, diff.Matching, diff.Changes);
            var output = context.Console.Profile.Out;
            (output.IsTerminal ? new TerminalWriter(output.Writer) : output.Writer).WriteLine(JsonSerializer.Serialize(document, Json));
        }
        else
        {
            foreach (var line in MapDiffText.Write(diff, beforePath, afterPath).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                context.Line(line);
            }
        }

        return diff.IsEmpty ? Same : Different;
    }

    private sealed record DiffDocument(string Before, string After, string Matching, IReadOnlyList<MapChange> Changes);
}
