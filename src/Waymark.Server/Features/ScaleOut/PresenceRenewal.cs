using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.ScaleOut;

/// <summary>
/// Renews this server's presence entries every third of <see cref="ScaleOutOptions.PresenceSeconds"/>, and tells
/// a map's group when its list changed underneath (another server died, or Redis came back empty).
/// </summary>
public sealed partial class PresenceRenewal(
    IPresenceStore store, IOptions<ScaleOutOptions> options, IServiceProvider services, TimeProvider clock,
    ILogger<PresenceRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.PresenceSeconds / 3.0);
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RenewOnceAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Redis away: entries live on until they lapse; the next tick tries again.
                LogRenewFailed(logger, e);
            }
        }
    }

    /// <summary>One renewal; the tests call it instead of waiting for the timer.</summary>
    public async Task RenewOnceAsync()
    {
        var changed = await store.RenewAsync().ConfigureAwait(false);
        var broadcaster = services.GetService<IPresenceBroadcaster>();
        if (broadcaster is null)
        {
            return;
        }

        foreach (var mapKey in changed)
        {
            await broadcaster.BroadcastAsync(mapKey, await store.ListAsync(mapKey).ConfigureAwait(false)).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing presence in Redis failed")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);
}
