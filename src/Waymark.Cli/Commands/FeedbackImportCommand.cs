using System.CommandLine;
using Spectre.Console;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark feedback import reviews.csv --server URL --key KEY`: reads a feedback file (CSV, TSV, NDJSON, optionally
/// .gz; columns recognised from the header or given with --column) and sends it to the server's feedback ingestion
/// in NDJSON batches; items without an id get one from their content on the server, so a re-run adds nothing twice.
/// </summary>
public static class FeedbackImportCommand
{
    private const int ShownProblems = 20;

    public static Command Create(CliContext context, IAnsiConsole errors)
    {
        var file = new Argument<FileInfo>("file") { Description = "Feedback file: .csv .tsv .ndjson, optionally .gz" };
        var server = new ServerOptions();
        var workspace = new Option<string?>("--workspace", "-w") { Description = "The workspace the key must belong to (a guard: the key decides where items go)." };
        var send = new SendOptions(1000, "Items");
        var columns = new Option<string[]>("--column", "-c")
        {
            Description = "field=column, e.g. text=Comment (fields: customer, time, text, score, scoreType, source, step, activity, solicited, language, id)",
        };
        var scoreType = new Option<string?>("--score-type") { Description = "nps, csat, ces or rating: the type of scores the file does not name" };
        scoreType.AcceptOnlyFromAmong(FeedbackNames.ScoreTypes);
        var command = new Command("import", "Send customer feedback from a file to a running server's workspace (the key's workspace); safe to re-run.")
        {
            file, server.Server, workspace, send.Key, send.BatchSize, send.OnError, columns, scoreType,
        };
        command.SetAction((parse, ct) =>
        {
            var (mapping, problem) = FeedbackColumnOption.Parse(parse.GetValue(columns) ?? []);
            if (problem is not null)
            {
                context.Error.WriteLine(problem);
                return Task.FromResult(ExitCodes.Usage);
            }

            var path = "api/ingest/feedback" + (parse.GetValue(workspace) is { Length: > 0 } ws ? "?workspace=" + Uri.EscapeDataString(ws) : "");
            var read = new FeedbackReadOptions
            {
                Format = ImportFormat.Auto,
                Columns = mapping,
                DefaultScoreType = FeedbackNames.ScoreTypeOf(parse.GetValue(scoreType)) ?? ScoreType.None,
            };
            return RunAsync(context, errors, parse.GetValue(file)!, read, send.SkipsBadRows(parse),
                new ImportSender(context, parse.GetValue(file)!.Name, parse.GetValue(server.Server)!, parse.GetValue(send.Key)!, path, "items"),
                parse.GetValue(send.BatchSize), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, IAnsiConsole errors, FileInfo file, FeedbackReadOptions read, bool skip,
        ImportSender sender, int batchSize, CancellationToken ct)
    {
        if (!file.Exists)
        {
            context.Error.WriteLine($"{file.FullName}: file not found");
            return ExitCodes.IoError;
        }

        var items = Read(file, read, skip, errors);
        if (items is null)
        {
            return ExitCodes.Invalid;
        }

        try
        {
            var totals = await sender.SendAsync(FeedbackBatcher.Batches(items, batchSize), items.Count, ct).ConfigureAwait(false);
            totals.WriteTo(context);
            return totals.Rejected > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
        }
        catch (CliException e)
        {
            context.Error.WriteLine(e.Message);
            context.Error.WriteLine($"Sent before the failure: {Cells.Count(sender.Sent, true)} of {Cells.Count(items.Count, true)} items; run the same command again to send the rest.");
            return e.ExitCode;
        }
    }

    /// <summary>The file's items, or null (problems reported) when nothing should be sent.</summary>
    private static List<FeedbackItem>? Read(FileInfo file, FeedbackReadOptions read, bool skip, IAnsiConsole errors)
    {
        var items = new List<FeedbackItem>();
        var (bad, fatal) = (0L, false);
        foreach (var row in FeedbackImporter.ReadFile(file.FullName, read))
        {
            if (row.Item is { } item)
            {
                items.Add(item);
                continue;
            }

            if (++bad <= ShownProblems)
            {
                errors.MarkupLine("[red]" + SafeMarkup.Text($"{file.Name}: {row.Problem}") + "[/]");
            }

            fatal |= row.Fatal;
        }

        if (fatal || (bad > 0 && !skip))
        {
            var why = fatal ? "the file cannot be read" : $"{bad} bad rows (use --on-error skip to send the rest)";
            errors.MarkupLine("[red]" + SafeMarkup.Text($"Nothing sent from {file.Name}: {why}.") + "[/]");
            return null;
        }

        if (bad > 0)
        {
            errors.MarkupLine($"[yellow]Skipped {Cells.Count(bad, true)} bad rows.[/]");
        }

        return items;
    }
}
