using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// Runs the rules durably, outside any request (docs/adr/054-journey-rules.md): each round evaluates one batch per
/// event stream and feedback stream from its cursor (firings, deliveries, activity lines, timers and the cursor in one
/// transaction), then fires due stall timers. It runs again at once while batches come full, else when ingestion
/// signals or the poll interval passes. A failed round is logged and retried from the last committed cursor.
/// </summary>
internal sealed partial class RuleEvaluator(
    RuleEventBatches events, RuleFeedbackBatches feedback, RuleTimerSweeper sweeper, RuleSignal signal, IOptions<RuleOptions> options,
    TimeProvider time, ILogger<RuleEvaluator> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Evaluate)
        {
            return;
        }

        await Task.Yield();
        var nextSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await events.RunAsync(stoppingToken) | await feedback.RunAsync(stoppingToken);
                if (time.GetUtcNow() >= nextSweep)
                {
                    // A full sweep leaves due timers behind: sweep again next round, not a whole interval later.
                    var full = await sweeper.RunAsync(stoppingToken);
                    more |= full;
                    nextSweep = full ? time.GetUtcNow() : time.GetUtcNow().AddSeconds(o.SweepSeconds);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailed(log, e.GetType().Name, e.Message);
            }

            if (!more)
            {
                try
                {
                    var wait = Math.Min(o.PollSeconds, Math.Max(0.01, (nextSweep - time.GetUtcNow()).TotalSeconds));
                    await signal.WaitAsync(TimeSpan.FromSeconds(wait), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A rule evaluation round failed: {Error}: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string error, string reason);
}
