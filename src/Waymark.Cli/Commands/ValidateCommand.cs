using System.CommandLine;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark validate a.waymark.json b.waymark.yaml`: every problem as `file: path: problem`; exit 0 when all are
/// valid, 1 when any is not, 3 when a file cannot be read.
/// </summary>
public sealed class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Map files (*.waymark.json, *.waymark.yaml).",
            Arity = ArgumentArity.OneOrMore,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems, not valid files." };
        var command = new Command("validate", "Check map files against the file format and its rules.") { files, quiet };
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(quiet)));
        return command;
    }

    private static int Run(CliContext context, string[] files, bool quiet)
    {
        int valid = 0, invalid = 0, unreadable = 0;
        foreach (var file in files)
        {
            switch (Check(context, file, quiet))
            {
                case ExitCodes.Ok: valid++; break;
                case ExitCodes.Invalid: invalid++; break;
                default: unreadable++; break;
            }
        }

        context.Line($"{valid} valid, {invalid} invalid" + (unreadable > 0 ? $", {unreadable} unreadable" : ""));
        return unreadable > 0 ? ExitCodes.IoError : invalid > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    private static int Check(CliContext context, string file, bool quiet)
    {
        Core.FileFormat.MapReadResult result;
        try
        {
            result = MapFiles.Read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Line($"{file}: cannot read: {e.Message}");
            return ExitCodes.IoError;
        }

        if (result.Succeeded)
        {
            if (!quiet)
            {
                context.Line($"{file}: ok");
            }

            return ExitCodes.Ok;
        }

        foreach (var problem in result.Problems)
        {
            context.Line($"{file}: {problem}");
        }

        return ExitCodes.Invalid;
    }
}
