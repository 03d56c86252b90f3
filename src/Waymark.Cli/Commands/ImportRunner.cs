using Spectre.Console;
using Waymark.Analytics.Events;
using Waymark.Analytics.Import;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Commands;

/// <summary>
/// Imports a file with a progress bar on stderr (stdout stays clean for json/csv) and reports problems, each led by
/// the file's name ("events.csv: line 3, ...") so a message read out of context still says where.
/// </summary>
public static class ImportRunner
{
    public static EventLog? Run(FileInfo file, ImportOptions options, IAnsiConsole errors)
    {
        ImportResult? result = null;
        errors.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("import " + SafeMarkup.Value(file.Name), maxValue: 1.0);
                var progress = new Progress(task);
                result = EventImporter.ImportFile(file.FullName, options, progress);
                task.Value = 1.0;
            });
        return Report(result!, file.Name, errors);
    }

    private static EventLog? Report(ImportResult result, string name, IAnsiConsole errors)
    {
        foreach (var problem in result.Problems)
        {
            errors.MarkupLine("[red]" + SafeMarkup.Text($"{name}: {problem}") + "[/]");
        }

        if (result.Log is null)
        {
            var why = result.Fatal ? "the input cannot be read" : $"{result.ProblemCount} bad rows (use --on-error skip to import the rest)";
            errors.MarkupLine("[red]" + SafeMarkup.Text($"Nothing imported from {name}: {why}.") + "[/]");
            return null;
        }

        if (result.ProblemCount > 0)
        {
            errors.MarkupLine($"[yellow]Skipped {Cells.Count(result.ProblemCount, true)} bad rows.[/]");
        }

        errors.MarkupLine($"[grey]{Cells.Count(result.Log.EventCount, true)} events, {Cells.Count(result.Log.CustomerCount, true)} customers, {Cells.Count(result.Log.Activities.Count, true)} activities[/]");
        return result.Log;
    }

    /// <summary>Reports synchronously: Progress&lt;T&gt; would post to the thread pool after the import ended.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => task.Value = value.Fraction;
    }
}
