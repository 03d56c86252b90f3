namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Writes <see cref="IngestActivity"/>'s sums whose hour is over once a minute, so a key that went quiet still gets
/// its last line within the hour and a minute; at stop it writes whatever is pending.
/// </summary>
internal sealed class IngestActivityFlusher(IngestActivity activity, TimeProvider time) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await activity.FlushAsync(all: true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await activity.FlushAsync(all: false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: StopAsync writes what is pending
        }
    }
}
