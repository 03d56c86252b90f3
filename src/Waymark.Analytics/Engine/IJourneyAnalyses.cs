using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Engine;

/// <summary>
/// Analyses a caller runs without knowing where: over the in-memory log (<see cref="InMemoryAnalyses"/>) or pushed
/// down as SQL to the event store (Waymark.Pushdown). Both answer with the engine's result types and equal figures
/// (docs/adr/060-pushdown-seam.md). An implementation that cannot honour an option throws
/// <see cref="NotSupportedException"/> before any work, so the caller can ask the other one.
/// </summary>
public interface IJourneyAnalyses
{
    /// <summary>Per activity: customers, events, repeat rate and time to first occurrence (<see cref="Analyze.Stats"/>).</summary>
    public Task<StatsResult> StatsAsync(StatsOptions options, CancellationToken ct = default);

    /// <summary>The directly-follows graph (<see cref="Analyze.Flow"/>).</summary>
    public Task<FlowGraph> FlowAsync(FlowOptions options, CancellationToken ct = default);

    /// <summary>Complete activity sequences per customer, the most common first (<see cref="Analyze.Variants"/>).</summary>
    public Task<VariantResult> VariantsAsync(VariantOptions options, CancellationToken ct = default);

    /// <summary>The process map's flow graph, variants and (asked) statistics over the same customers (<see cref="Analyze.Process"/>).</summary>
    public Task<ProcessResult> ProcessAsync(ProcessOptions options, CancellationToken ct = default);

    /// <summary>A funnel (<see cref="Analyze.Funnel"/>).</summary>
    public Task<FunnelResult> FunnelAsync(FunnelOptions options, CancellationToken ct = default);

    /// <summary>Journeys step by step from or towards an anchor, the long tail folded into "other" (<see cref="Analyze.Paths"/>).</summary>
    public Task<PathResult> PathsAsync(PathOptions options, CancellationToken ct = default);

    /// <summary>One page of the customers behind a funnel bar (<see cref="Analyze.FunnelCustomers"/>).</summary>
    public Task<FunnelCustomerPage> FunnelCustomersAsync(FunnelOptions options, FunnelCustomerQuery query, CancellationToken ct = default);

    /// <summary>A step's customers per day, week or month, and conversion to a next step (<see cref="Analyze.StepTrend"/>).</summary>
    public Task<StepTrendResult> StepTrendAsync(StepTrendOptions options, CancellationToken ct = default);

    /// <summary>The retention triangle by calendar cohorts (<see cref="Analyze.Retention"/>).</summary>
    public Task<RetentionResult> RetentionAsync(RetentionOptions options, CancellationToken ct = default);

    /// <summary>The figures laid over a map (<see cref="OverlayEngine.Compute"/>).</summary>
    public Task<OverlayFigures> OverlayAsync(OverlayOptions options, CancellationToken ct = default);

    /// <summary>How many customers the filter admits (<see cref="Analyze.Customers"/>: an event left, every customer condition holding).</summary>
    public Task<long> CustomersAsync(EventFilter filter, CancellationToken ct = default);

    /// <summary>
    /// Of the given names, those the source knows: activities and channels some event has, attribute keys some customer
    /// with events has (the names the in-memory log holds).
    /// </summary>
    public Task<SourceNames> KnownNamesAsync(SourceNames names, CancellationToken ct = default);

    /// <summary>Customers whose id starts with the query, ignoring case, in ordinal order; an empty query lists the most active (<see cref="MapEvidence.FindCustomers"/>).</summary>
    public Task<IReadOnlyList<CustomerMatch>> FindCustomersAsync(string query, int limit, CancellationToken ct = default);

    /// <summary>
    /// A log holding the customer's events and attributes as the source's log holds them, for the customer's timeline
    /// (<see cref="MapEvidence.Timeline"/>) and their feedback's placement: the whole log in memory, only that customer
    /// when pushed down.
    /// </summary>
    public Task<EventLog> CustomerLogAsync(string customerId, CancellationToken ct = default);
}
