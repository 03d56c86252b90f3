using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Engine;

/// <summary>The analyses over a log in this process: <see cref="Analyze"/> behind <see cref="IJourneyAnalyses"/>.</summary>
public sealed class InMemoryAnalyses(EventLog log) : IJourneyAnalyses
{
    public Task<StatsResult> StatsAsync(StatsOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Stats(log, options));
    }

    public Task<FlowGraph> FlowAsync(FlowOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Flow(log, options));
    }

    public Task<VariantResult> VariantsAsync(VariantOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Variants(log, options));
    }

    public Task<ProcessResult> ProcessAsync(ProcessOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Process(log, options, ct));
    }

    public Task<FunnelResult> FunnelAsync(FunnelOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Funnel(log, options));
    }

    public Task<PathResult> PathsAsync(PathOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Paths(log, options, ct));
    }

    public Task<FunnelCustomerPage> FunnelCustomersAsync(FunnelOptions options, FunnelCustomerQuery query, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.FunnelCustomers(log, options, query, ct));
    }

    public Task<StepTrendResult> StepTrendAsync(StepTrendOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.StepTrend(log, options, ct));
    }

    public Task<RetentionResult> RetentionAsync(RetentionOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze.Retention(log, options, ct));
    }

    public Task<OverlayFigures> OverlayAsync(OverlayOptions options, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(OverlayEngine.Compute(log, options, ct));
    }
}
