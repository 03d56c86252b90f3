using System.Text.RegularExpressions;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Tests.Fuzz;

/// <summary>
/// What every run of a command on a fuzzed file must look like: no stack trace, an exit code with a name, no raw
/// terminal escape from the file, and an error that names the file and the place (a line, or a JSON path) in it.
/// Exit 2 (usage) is wrong here, as every command line is valid; exit 4 (server error) is wrong for import, as the
/// server is up; exit 70 (internal error) is a crash the CLI caught at the top, so it is a failure too.
/// </summary>
internal static partial class CliOutputCheck
{
    private static readonly int[] Named =
        [ExitCodes.Ok, ExitCodes.Invalid, ExitCodes.Usage, ExitCodes.IoError, ExitCodes.ServerError, ExitCodes.Conflict, ExitCodes.InternalError];

    /// <summary>Null when the run is right, else what makes this failure distinct and its detail.</summary>
    /// <param name="stdoutIsData">Standard output holds the file's data (CSV, TSV, NDJSON, JSON), written exactly as
    /// it is into a pipe; escapes there are the file's own data, not terminal output.</param>
    public static (string Kind, string Detail)? Check(CliResult result, string fileName, bool stdoutIsData)
    {
        var all = result.Output + "\n" + result.Error;
        var detail = $"exit {result.ExitCode}\nstdout: {Cut(result.Output)}\nstderr: {Cut(result.Error)}";
        if (all.Contains("Unhandled exception", StringComparison.Ordinal) || Frame().IsMatch(all))
        {
            return ($"stack trace: {ExceptionLine(all)}", detail);
        }

        if (!Named.Contains(result.ExitCode))
        {
            return ($"exit code {result.ExitCode} has no name", detail);
        }

        if ((!stdoutIsData && RawEscape(result.Output, ownSequences: false)) || RawEscape(result.Error, ownSequences: true))
        {
            return ("raw terminal escape in the output", detail);
        }

        return result.ExitCode switch
        {
            ExitCodes.InternalError => ($"exit 70: {InternalError().Match(all).Value}", detail),
            ExitCodes.Usage => ("exit 2 (usage) for a valid command line", detail),
            ExitCodes.ServerError => ("exit 4 (server error) with the server up", detail),
            ExitCodes.Invalid or ExitCodes.IoError when !NamesFile(all, fileName) => ($"exit {result.ExitCode} names no file", detail),
            ExitCodes.Invalid when !NamesPlace(all, fileName) => ("exit 1 names no line or JSON path", detail),
            _ => null,
        };
    }

    /// <summary>
    /// An escape sequence that came from the file. Standard output has no terminal styling in these runs, so any
    /// ESC there is the file's; on standard error the progress bar and colours write their own CSI sequences
    /// (ESC '['), so there it is an ESC starting anything else (OSC titles, bare ESC) or the file's CSI sequences
    /// (clear screen, red) that the CLI itself never writes.
    /// </summary>
    private static bool RawEscape(string text, bool ownSequences)
    {
        if (text.Contains('\u009b', StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = text.IndexOf('\u001b', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\u001b', at + 1))
        {
            var rest = text.AsSpan(at + 1);
            if (!ownSequences || !rest.StartsWith("[") || rest.StartsWith("[2J") || rest.StartsWith("[31mred"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Type at Method": the exception's type and the first Waymark (else any) frame, what makes two traces the same fault.</summary>
    private static string ExceptionLine(string text)
    {
        var type = ExceptionType().Match(text);
        var frames = Frame().Matches(text).Select(m => m.Value.Trim()).ToList();
        var frame = frames.FirstOrDefault(f => f.Contains("Waymark.", StringComparison.Ordinal)) ?? frames.FirstOrDefault() ?? "";
        var cut = frame.IndexOf(" in ", StringComparison.Ordinal);
        return $"{(type.Success ? type.Groups[1].Value : "?")} {(cut > 0 ? frame[..cut] : frame)}";
    }

    /// <summary>A line ("line 4", or "file:4:" as compilers write it), a JSON path ("$", "stages[2]"), or a problem
    /// written as "file: path: why".</summary>
    private static bool NamesPlace(string output, string fileName)
    {
        var text = Regex.Replace(Styling().Replace(output, ""), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        var names = Regex.Escape(fileName) + "|" + Regex.Escape(TerminalText.Value(fileName));
        return Place().IsMatch(text) || Regex.IsMatch(text, $@"({names})(:\d+:|: [^\s:]+( \(line \d+\))?: )", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    /// <summary>The file's name as it is, or as the CLI shows names with control characters (see TerminalText).</summary>
    private static bool NamesFile(string output, string fileName) =>
        Unwrapped(output).Contains(Unwrapped(fileName), StringComparison.Ordinal) ||
        Unwrapped(output).Contains(Unwrapped(TerminalText.Value(fileName)), StringComparison.Ordinal);

    /// <summary>The text without colour codes and without whitespace, as the error console wraps long lines at any space.</summary>
    private static string Unwrapped(string text) => string.Concat(Styling().Replace(text, "").Where(c => !char.IsWhiteSpace(c)));

    private static string Cut(string text) => text.Length <= 3000 ? text : text[..3000] + "...";

    [GeneratedRegex(@"^\s+at \S+.*\)\s*$", RegexOptions.Multiline)]
    private static partial Regex Frame();

    [GeneratedRegex(@"internal error \(\w+\): [^.\n]{0,80}")]
    private static partial Regex InternalError();

    [GeneratedRegex(@"([\w.]+Exception):")]
    private static partial Regex ExceptionType();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Styling();

    [GeneratedRegex(@"\bline \d+|\$|\w\[\d+\]", RegexOptions.IgnoreCase)]
    private static partial Regex Place();
}
