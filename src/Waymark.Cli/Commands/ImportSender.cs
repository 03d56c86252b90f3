using Spectre.Console;
using Waymark.Cli.Internals;

namespace Waymark.Cli.Commands;

/// <summary>
/// Sends NDJSON batches to an ingestion route (events or feedback): a progress bar on a terminal, one plain line per
/// batch otherwise.
/// </summary>
internal sealed class ImportSender(CliContext context, string fileName, Uri server, string key, string path = "api/ingest/events", string noun = "events")
{
    /// <summary>Items the server has answered for so far.</summary>
    public long Sent { get; private set; }

    public async Task<ImportTotals> SendAsync(IEnumerable<NdjsonBatch> batches, long count, CancellationToken ct)
    {
        var totals = new ImportTotals(noun.TrimEnd('s'));
        var total = Cells.Count(count, true);
        if (!context.Console.Profile.Capabilities.Interactive)
        {
            using var client = NewClient(message => context.Error.WriteLine(message));
            foreach (var batch in batches)
            {
                await SendOneAsync(client, batch, totals, ct).ConfigureAwait(false);
                context.Line($"sent {Cells.Count(Sent, true)} / {total} {noun}");
            }

            return totals;
        }

        await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("send " + SafeMarkup.Value(fileName), maxValue: Math.Max(1, count));
                using var client = NewClient(message => task.Description = "[yellow]" + SafeMarkup.Text(message) + "[/]");
                foreach (var batch in batches)
                {
                    await SendOneAsync(client, batch, totals, ct).ConfigureAwait(false);
                    task.Value = Sent;
                    task.Description = $"send {SafeMarkup.Value(fileName)} {Cells.Count(Sent, true)} / {total}";
                }
            }).ConfigureAwait(false);
        return totals;
    }

    private IngestClient NewClient(Action<string> show) => new(server, key)
    {
        Path = path,
        Retrying = (attempt, reason) => show($"retry {attempt}: {reason}"),
    };

    private async Task SendOneAsync(IngestClient client, NdjsonBatch batch, ImportTotals totals, CancellationToken ct)
    {
        var answer = await client.SendAsync(batch.Ndjson, ct).ConfigureAwait(false);
        totals.Add(answer, batch.First);
        Sent += batch.Count;
    }
}
