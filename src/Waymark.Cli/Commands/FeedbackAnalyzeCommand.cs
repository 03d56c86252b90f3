using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark feedback analyze reviews.csv --text-column comment [--out scored.csv] [--format csv|tsv|ndjson]`: reads
/// a feedback file, keeps every row and column, and adds sentiment, emotion, emotions, effort, high_effort, intent and
/// topics (the file's key phrases each row mentions). Offline; nothing is sent anywhere.
/// </summary>
public sealed class FeedbackAnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Feedback file: .csv, .tsv or .ndjson (UTF-8)" };
        var textColumn = new Option<string>("--text-column", "-t") { Description = "The column (or NDJSON field) that holds the text.", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write here instead of standard output (same format as the input)." };
        var format = new Option<string?>("--format", "-f") { Description = "csv, tsv or ndjson (default: from the file extension)" };
        format.AcceptOnlyFromAmong("csv", "tsv", "ndjson");
        var command = new Command("analyze", "Add sentiment, emotion, effort, intent and topic columns to every row of a feedback file.")
        {
            file, textColumn, output, format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(textColumn)!, parse.GetValue(output), parse.GetValue(format)));
        return command;
    }

    private static int Run(CliContext context, FileInfo file, string textColumn, FileInfo? output, string? format)
    {
        if (!file.Exists)
        {
            context.Error.WriteLine($"{file.FullName}: file not found");
            return ExitCodes.IoError;
        }
        var watch = Stopwatch.StartNew();
        FeedbackFile feedback;
        try
        {
            feedback = FeedbackFile.Read(file.FullName, format ?? FeedbackFile.FormatOf(file.Name), textColumn);
        }
        catch (FeedbackFileException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.Invalid;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"{file.FullName}: {e.Message}");
            return ExitCodes.IoError;
        }
        var texts = feedback.Texts();
        var columns = new FeedbackColumns(texts);
        try
        {
            Write(context, feedback, columns, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{output?.FullName}: {e.Message}");
            return ExitCodes.IoError;
        }
        var withText = texts.Count(t => !string.IsNullOrWhiteSpace(t));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Analysed {feedback.Count:N0} rows ({withText:N0} with text) in {watch.Elapsed.TotalSeconds:0.00} s{(output is null ? "" : " → " + output.FullName)}"));
        return ExitCodes.Ok;
    }

    private static void Write(CliContext context, FeedbackFile feedback, FeedbackColumns columns, FileInfo? output)
    {
        if (output is null)
        {
            // The rows as they are into a pipe; on a terminal, terminal-safe (a file's escape sequences stay inert).
            var raw = context.Console.Profile.Out.Writer;
            var writer = context.Console.Profile.Out.IsTerminal ? new TerminalWriter(raw) : raw;
            feedback.Write(writer, columns);
            writer.Flush();
            return;
        }
        using var stream = new StreamWriter(output.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        feedback.Write(stream, columns);
    }
}
