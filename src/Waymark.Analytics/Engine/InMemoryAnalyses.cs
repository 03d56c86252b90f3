using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Engine;

/// <summary>The analyses over a log in this process: <see cref="Analyze"/> behind <see cref="IJourneyAnalyses"/>.</summary>
public sealed class InMemoryAnalyses(EventLog log) : IJourneyAnalyses
{
    public Task<StatsResult> StatsAsync(StatsOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Stats(log, options), ct);

    public Task<FlowGraph> FlowAsync(FlowOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Flow(log, options), ct);

    public Task<VariantResult> VariantsAsync(VariantOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Variants(log, options), ct);

    public Task<ProcessResult> ProcessAsync(ProcessOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Process(log, options, ct), ct);

    public Task<FunnelResult> FunnelAsync(FunnelOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Funnel(log, options), ct);

    public Task<PathResult> PathsAsync(PathOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Paths(log, options, ct), ct);

    public Task<FunnelCustomerPage> FunnelCustomersAsync(FunnelOptions options, FunnelCustomerQuery query, CancellationToken ct = default) =>
        Now(() => Analyze.FunnelCustomers(log, options, query, ct), ct);

    public Task<StepTrendResult> StepTrendAsync(StepTrendOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.StepTrend(log, options, ct), ct);

    public Task<RetentionResult> RetentionAsync(RetentionOptions options, CancellationToken ct = default) =>
        Now(() => Analyze.Retention(log, options, ct), ct);

    public Task<OverlayFigures> OverlayAsync(OverlayOptions options, CancellationToken ct = default) =>
        Now(() => OverlayEngine.Compute(log, options, ct), ct);

    public Task<long> CustomersAsync(EventFilter filter, CancellationToken ct = default) =>
        Now(() => Analyze.Customers(log, filter, ct), ct);

    public Task<SourceNames> KnownNamesAsync(SourceNames names, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new SourceNames(
            [.. names.Activities.Where(name => log.Activities.IdOf(name) >= 0)],
            [.. names.AttributeKeys.Where(key => log.Attributes.Keys.IdOf(key) >= 0)],
            [.. names.Channels.Where(name => log.Channels.IdOf(name) > 0)])); // channel 0 is "no channel"
    }

    public Task<IReadOnlyList<CustomerMatch>> FindCustomersAsync(string query, int limit, CancellationToken ct = default) =>
        Now(() => MapEvidence.FindCustomers(log, query, limit), ct);

    public Task<EventLog> CustomerLogAsync(string customerId, CancellationToken ct = default) =>
        Now(() => log, ct);

    /// <summary>Runs <paramref name="work"/> now, on the caller's thread, unless the caller has already given up.</summary>
    private static Task<T> Now<T>(Func<T> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(work());
    }
}
