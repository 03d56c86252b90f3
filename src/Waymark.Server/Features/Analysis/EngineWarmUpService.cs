using System.Diagnostics;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Analysis;

/// <summary>
/// Once the server has started, runs <see cref="EngineWarmUp"/> on a thread of its own (Analysis:WarmUp, on by
/// default; ADR 065), so the engine's hot code is tier-1 with profile data before the first analyses users ask for. A
/// request that comes meanwhile shares the cores with it; the log says when it is done and how long it took.
/// </summary>
internal sealed partial class EngineWarmUpService(IOptions<AnalysisOptions> options, ILogger<EngineWarmUpService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUp)
        {
            return Task.CompletedTask;
        }

        return Task.Factory.StartNew(() =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var rounds = EngineWarmUp.Run(stoppingToken);
                Done(logger, rounds, watch.Elapsed.TotalSeconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only the first requests' speed depends on it: a failed warm-up must not stop the host.
                Failed(logger, e);
            }
        }, stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The engine's warm-up failed; the first analyses will run slower")]
    private static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The engine warmed up: {Rounds} rounds of its analyses in {Seconds:F1} s")]
    private static partial void Done(ILogger logger, int rounds, double seconds);
}
