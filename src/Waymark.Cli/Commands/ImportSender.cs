using Spectre.Console;
using Waymark.Analytics.Events;

namespace Waymark.Cli.Commands;

/// <summary>Sends an imported log batch by batch: a progress bar on a terminal, one plain line per batch otherwise.</summary>
internal sealed class ImportSender
{
    private readonly CliContext _context;
    private readonly ImportJob _job;

    public ImportSender(CliContext context, ImportJob job)
    {
        _context = context;
        _job = job;
    }

    /// <summary>Events the server has answered for so far.</summary>
    public long Sent { get; private set; }

    public async Task<ImportTotals> SendAsync(EventLog log, CancellationToken ct)
    {
        var totals = new ImportTotals();
        var batches = new EventBatcher(log, _job.BatchSize).Batches();
        var total = Cells.Count(log.EventCount, true);
        if (!_context.Console.Profile.Capabilities.Interactive)
        {
            using var client = NewClient(message => _context.Error.WriteLine(message));
            foreach (var batch in batches)
            {
                await SendOneAsync(client, batch, totals, ct).ConfigureAwait(false);
                _context.Line($"sent {Cells.Count(Sent, true)} / {total} events");
            }

            return totals;
        }

        await _context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("send " + Markup.Escape(_job.File.Name), maxValue: Math.Max(1, log.EventCount));
                using var client = NewClient(message => task.Description = "[yellow]" + Markup.Escape(message) + "[/]");
                foreach (var batch in batches)
                {
                    await SendOneAsync(client, batch, totals, ct).ConfigureAwait(false);
                    task.Value = Sent;
                    task.Description = $"send {Markup.Escape(_job.File.Name)} {Cells.Count(Sent, true)} / {total}";
                }
            }).ConfigureAwait(false);
        return totals;
    }

    private IngestClient NewClient(Action<string> show) => new(_job.Server, _job.Key)
    {
        Retrying = (attempt, reason) => show($"retry {attempt}: {reason}"),
    };

    private async Task SendOneAsync(IngestClient client, EventBatcher.Batch batch, ImportTotals totals, CancellationToken ct)
    {
        var answer = await client.SendAsync(batch.Ndjson, ct).ConfigureAwait(false);
        totals.Add(answer, batch.First);
        Sent += batch.Count;
    }
}
