using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Analysis;

/// <summary>
/// Bounds the work of the map analyses (overlay, paths, insights, step feedback): refuses a map too large to analyse
/// (422 naming the limit and its setting), lets <see cref="AnalysisOptions.MaxConcurrent"/> run at once while the
/// rest wait (giving up when their client goes), runs them on <see cref="AnalysisThreads"/> and hands each the
/// request's token, which the engine checks between chunks of customers.
/// </summary>
public sealed class AnalysisGate : IDisposable
{
    private readonly AnalysisOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly AnalysisThreads _threads;

    public AnalysisGate(IOptions<AnalysisOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _slots = new SemaphoreSlim(_options.EffectiveConcurrent, _options.EffectiveConcurrent);
        _threads = new AnalysisThreads(_options.EffectiveThreads);
    }

    /// <summary>Analyses running now (not counting those waiting).</summary>
    public int Running => _options.EffectiveConcurrent - _slots.CurrentCount;

    /// <summary>The most transitions the actual paths list.</summary>
    public int PathLimit => _options.MaxPathTransitions;

    /// <summary>422 when the map has more bound steps or bound activities than an analysis takes, else null.</summary>
    public ProblemHttpResult? Refuse(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var (steps, activities) = (0, 0);
        foreach (var step in map.AllSteps())
        {
            var named = step.Binding?.Activities.Count(a => !string.IsNullOrEmpty(a)) ?? 0;
            steps += named > 0 ? 1 : 0;
            activities += named;
        }

        return steps > _options.MaxBoundSteps ? TooLarge("{0:N0} steps bound to data", steps, _options.MaxBoundSteps, "steps", "Analysis:MaxBoundSteps")
            : activities > _options.MaxBoundActivities ? TooLarge("bindings naming {0:N0} activities", activities, _options.MaxBoundActivities, "activities", "Analysis:MaxBoundActivities")
            : null;
    }

    /// <summary>Runs <paramref name="work"/> when a slot is free, on the analysis threads, with the request's token.</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken ct) =>
        AwaitAsync(token => Task.FromResult(work(token)), ct);

    /// <summary>
    /// Starts <paramref name="work"/> when a slot is free, on the analysis threads, and holds the slot until its task
    /// ends: work done in this process runs there; a query pushed down to the event store waits for its answer off
    /// those threads, still counted among the analyses running (docs/adr/064-server-pushdown.md).
    /// </summary>
    public async Task<T> AwaitAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await Task.Factory.StartNew(() => work(ct), ct, TaskCreationOptions.DenyChildAttach, _threads).Unwrap().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _slots.Dispose();
        _threads.Dispose();
    }

    private static ProblemHttpResult TooLarge(string what, int count, int limit, string unit, string setting) => TypedResults.Problem(
        string.Format(CultureInfo.InvariantCulture, "The map has " + what + "; an analysis takes at most {1:N0} {2} ({3}). Analyse a smaller map (a part of the journey), or raise the setting.",
            count, limit, unit, setting),
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "Map too large to analyse",
        extensions: new Dictionary<string, object?> { ["setting"] = setting, ["limit"] = limit });
}
