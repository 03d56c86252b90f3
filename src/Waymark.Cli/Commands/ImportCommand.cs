using System.CommandLine;
using Spectre.Console;
using Waymark.Analytics.Import;
using Waymark.Data.EventStores;

namespace Waymark.Cli.Commands;

/// <summary>
/// `waymark import events.csv --server URL --key KEY`: reads an event file the way analyze does and sends it to a
/// server's ingestion API in NDJSON batches, with stable event ids so a re-run only adds what is missing.
/// </summary>
public sealed class ImportCommand
{
    public const int DefaultBatchSize = 5000;

    public static Command Create(CliContext context, IAnsiConsole errors)
    {
        var file = new Argument<FileInfo>("file") { Description = "Event file: .csv .tsv .ndjson .xes, optionally .gz" };
        var server = new ServerOptions().Server;
        var send = new SendOptions(DefaultBatchSize, "Events");
        var command = new Command("import", "Send customer events from a file to a running server (into the API key's event source); safe to re-run.")
        {
            file, server, send.Key, send.BatchSize, send.OnError,
        };
        command.SetAction((parse, ct) => RunAsync(context, errors, new ImportJob(
            parse.GetValue(file)!, parse.GetValue(server)!, parse.GetValue(send.Key)!, parse.GetValue(send.BatchSize),
            send.SkipsBadRows(parse) ? OnError.Skip : OnError.Fail), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, IAnsiConsole errors, ImportJob job, CancellationToken ct)
    {
        if (!job.File.Exists)
        {
            context.Error.WriteLine($"{job.File.FullName}: file not found");
            return ExitCodes.IoError;
        }

        // The server's rule for names (length, NUL, text) applies while reading, so a row it would refuse is reported
        // here by file, line and field, before anything is sent, instead of as "rejected event N" afterwards.
        var log = ImportRunner.Run(job.File, new ImportOptions { OnError = job.OnError, MaxNameLength = EventText.MaxLength }, errors);
        if (log is null)
        {
            return ExitCodes.Invalid;
        }

        var sender = new ImportSender(context, job.File.Name, job.Server, job.Key);
        try
        {
            var totals = await sender.SendAsync(new EventBatcher(log, job.BatchSize).Batches(), log.EventCount, ct).ConfigureAwait(false);
            totals.WriteTo(context);
            return totals.Rejected > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"{job.Server}: {e.Message}");
            context.Error.WriteLine($"Sent before the failure: {Cells.Count(sender.Sent, true)} of {Cells.Count(log.EventCount, true)} events; run the same command again to send the rest.");
            return e.ExitCode;
        }
    }
}
