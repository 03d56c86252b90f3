using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Overlay.Internals;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Pushdown.Internals;

namespace Waymark.Pushdown;

/// <summary>
/// Analyses of one event source answered by ClickHouse: each runs as SQL over the tables of the ClickHouse event
/// store (events, by customer, ordered by time then seq) and only aggregates come back, with the figures
/// <see cref="Analyze"/> gives on the same events (docs/adr/060-pushdown-seam.md). Options that are not pushed down
/// yet throw <see cref="NotSupportedException"/> before any query.
/// </summary>
public sealed class ClickHouseAnalyses : IJourneyAnalyses, IDisposable
{
    /// <summary>A step no event completes: a trend without a next step.</summary>
    private static readonly FunnelStep NoNext = new("(no next step)", []);

    private readonly ClickHouseHttp _http;
    private readonly EventSourceKey _source;

    /// <summary>On a cluster, the settings of every query and of a per-customer one (<see cref="ShardSettings"/>).</summary>
    private readonly string _settings;
    private readonly string _perCustomer;

    public ClickHouseAnalyses(ClickHouseOptions options, EventSourceKey source)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = new ClickHouseHttp(options);
        _source = source;
        _settings = ShardSettings.For(options);
        _perCustomer = ShardSettings.PerCustomer(options);
    }

    public async Task<StatsResult> StatsAsync(StatsOptions options, CancellationToken ct = default)
    {
        var where = PushdownScope.Where(_source, options.Filter);
        var rows = await ReadAsync(StatsQuery.Activities(where), StatsQuery.Columns, ct).ConfigureAwait(false);
        var totals = await ReadAsync(StatsQuery.Totals(where), 2, ct).ConfigureAwait(false);
        return StatsQuery.Result(rows, totals[0]);
    }

    /// <summary>The flow graph in one pass over the customers (<see cref="FlowQuery"/>), the coverage cut included.</summary>
    public async Task<FlowGraph> FlowAsync(FlowOptions options, CancellationToken ct = default)
    {
        var where = PushdownScope.Where(_source, options.Filter);
        return await ActivityIds.WithRetryAsync(() => IdsAsync(ct), async ids =>
            FlowQuery.Result(await ReadAsync(FlowQuery.Sql(where, ids), FlowQuery.Columns, ct, _perCustomer).ConfigureAwait(false), ids, options)).ConfigureAwait(false);
    }

    /// <summary>The variants (<see cref="VariantQuery"/>): counted in ClickHouse, only the top ones come back.</summary>
    public async Task<VariantResult> VariantsAsync(VariantOptions options, CancellationToken ct = default)
    {
        var where = PushdownScope.Where(_source, options.Filter);
        return await ActivityIds.WithRetryAsync(() => IdsAsync(ct), ids => VariantsAsync(where, ids, options.EffectiveTop, ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// The process map's analyses over the same customers: the flow graph, the variants and (asked) the statistics,
    /// each its own query with one dictionary of activities, sent side by side.
    /// </summary>
    public async Task<ProcessResult> ProcessAsync(ProcessOptions options, CancellationToken ct = default)
    {
        var where = PushdownScope.Where(_source, options.Filter);
        var flowOptions = new FlowOptions { Filter = options.Filter, ActivityPercent = options.ActivityPercent, PathPercent = options.PathPercent };
        return await ActivityIds.WithRetryAsync(() => IdsAsync(ct), async ids =>
        {
            var flow = ReadAsync(FlowQuery.Sql(where, ids), FlowQuery.Columns, ct, _perCustomer);
            var variants = VariantsAsync(where, ids, new VariantOptions { Top = options.Top }.EffectiveTop, ct);
            var stats = options.WithStats ? StatsOrNullAsync(options.Filter, ct) : Task.FromResult<StatsResult?>(null);
            await Task.WhenAll(flow, variants, stats).ConfigureAwait(false);
            return new ProcessResult(FlowQuery.Result(flow.Result, ids, flowOptions), variants.Result, stats.Result);
        }).ConfigureAwait(false);
    }

    /// <summary>A funnel in one query over the customers (<see cref="FunnelQuery"/>), and one more for a breakdown's "other".</summary>
    public async Task<FunnelResult> FunnelAsync(FunnelOptions options, CancellationToken ct = default)
    {
        var query = new FunnelQuery(Levels(options), options.Over);
        var rows = await ReadAsync(query.Sql, query.Columns, ct, _perCustomer).ConfigureAwait(false);
        return await query.ResultAsync(options, rows, async shown =>
            (await ReadAsync(query.OtherSql(shown), query.OtherColumns, ct, _perCustomer).ConfigureAwait(false))[0]).ConfigureAwait(false);
    }

    /// <summary>
    /// The customers behind a funnel bar (<see cref="FunnelCustomersQuery"/>): the groups' counts, then one page in the
    /// log's order; side by side when no group is asked.
    /// </summary>
    public async Task<FunnelCustomerPage> FunnelCustomersAsync(FunnelOptions options, FunnelCustomerQuery query, CancellationToken ct = default)
    {
        var levels = Levels(options);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(query.Step, levels.Steps);
        var customers = new FunnelCustomersQuery(levels, query, PushdownScope.Source(_source));
        var counts = ReadAsync(customers.CountsSql, FunnelCustomersQuery.CountColumns, ct, _perCustomer);
        var all = query.Group is null || options.Breakdown.Kind == BreakdownKind.None;
        var early = all && query.Limit > 0 ? ReadAsync(customers.PageSql(null, false), FunnelCustomersQuery.PageColumns, ct, _perCustomer) : null;
        var (keys, except, total) = customers.Groups(await counts.ConfigureAwait(false));
        var page = early is not null ? await early.ConfigureAwait(false)
            : query.Limit > 0 && total > 0 ? await ReadAsync(customers.PageSql(keys, except), FunnelCustomersQuery.PageColumns, ct, _perCustomer).ConfigureAwait(false)
            : [];
        return new FunnelCustomerPage(total, [.. page.Select(FunnelCustomersQuery.Customer)]);
    }

    /// <summary>Paths in one query over the customers (<see cref="PathQuery"/>): the distinct paths come back, the report is the engine's.</summary>
    public async Task<PathResult> PathsAsync(PathOptions options, CancellationToken ct = default)
    {
        var where = PushdownScope.Where(_source, options.Filter);
        var anchor = PathQuery.Anchor(options);
        return await ActivityIds.WithRetryAsync(() => IdsAsync(ct), async ids =>
            PathQuery.Result(await ReadAsync(PathQuery.Sql(where, ids, options, anchor), PathQuery.Columns, ct, _perCustomer).ConfigureAwait(false), ids, options)).ConfigureAwait(false);
    }

    /// <summary>A step trend in one query over the customers (<see cref="TrendQuery"/>), after the scope's first and last event.</summary>
    public async Task<StepTrendResult> StepTrendAsync(StepTrendOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options.Step, nameof(options));
        var where = PushdownScope.Where(_source, options.Filter, eventMatches: false);
        var masks = new PairMasks(options.Step, options.Next ?? NoNext); // not "any event": no next step reads only the step's events
        var (any, first, last) = await BoundsAsync(where, ct).ConfigureAwait(false);
        var (periods, totals) = any
            ? TrendQuery.Read((await ReadAsync(TrendQuery.Sql(where, masks, options.Granularity), TrendQuery.Columns, ct).ConfigureAwait(false))[0])
            : ([], (0, 0));
        return StepTrendReport.Build(options, periods, totals, first, last);
    }

    /// <summary>Retention in one query over the customers (<see cref="RetentionQuery"/>), after the scope's first and last event.</summary>
    public async Task<RetentionResult> RetentionAsync(RetentionOptions options, CancellationToken ct = default)
    {
        var periods = RetentionReport.PeriodsOf(options);
        var where = PushdownScope.Where(_source, options.Filter, eventMatches: false);
        var masks = new PairMasks(options.Start, options.Return);
        var (any, first, last) = await BoundsAsync(where, ct).ConfigureAwait(false);
        var cohorts = any
            ? RetentionQuery.Read((await ReadAsync(RetentionQuery.Sql(where, masks, options.Granularity, periods), RetentionQuery.Columns, ct).ConfigureAwait(false))[0], periods)
            : [];
        return RetentionReport.Build(options, cohorts, first, last);
    }

    /// <summary>
    /// The overlay in one query over the customers (<see cref="OverlayQuery"/>), after the trend's range: the source's
    /// first and last event when the filter leaves an end open, else only whether it has events.
    /// </summary>
    public async Task<OverlayFigures> OverlayAsync(OverlayOptions options, CancellationToken ct = default)
    {
        var plan = new OverlayPlan(options);
        if (OverlayEngine.TooLong(plan) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var where = PushdownScope.Where(_source, options.Filter, eventMatches: false);
        var range = await TrendRangeAsync(options.Filter, ct).ConfigureAwait(false);
        var query = new OverlayQuery(plan, range);
        var (funnel, visitors, trend) = query.Empty ? (new FunnelRun([], [], []), new long[plan.Steps.Count], new long[plan.Steps.Count][])
            : query.Read((await ReadAsync(query.Sql(where), query.Columns, ct, _perCustomer).ConfigureAwait(false))[0]);
        return OverlayEngine.Assemble(plan, options, funnel, visitors, trend, range);
    }

    /// <summary>The customers the filter admits: those with an event in its scope (<see cref="StatsQuery.Totals"/>).</summary>
    public async Task<long> CustomersAsync(EventFilter filter, CancellationToken ct = default)
    {
        var where = PushdownScope.Where(_source, filter);
        return DurationSql.Long((await ReadAsync(StatsQuery.Totals(where), 2, ct).ConfigureAwait(false))[0][0]);
    }

    /// <summary>The names the source knows, one query per kind asked, side by side.</summary>
    public async Task<SourceNames> KnownNamesAsync(SourceNames names, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var source = PushdownScope.Source(_source);
        var activities = KnownAsync(names.Activities, n => CustomerQuery.KnownOnEvents(source, "activity", n), ct);
        var keys = KnownAsync(names.AttributeKeys, n => CustomerQuery.KnownKeys(source, n), ct);
        var channels = KnownAsync([.. names.Channels.Where(c => c.Length > 0)], n => CustomerQuery.KnownOnEvents(source, "channel", n), ct); // "" is no channel
        await Task.WhenAll(activities, keys, channels).ConfigureAwait(false);
        return new SourceNames(
            [.. names.Activities.Where(activities.Result.Contains)],
            [.. names.AttributeKeys.Where(keys.Result.Contains)],
            [.. names.Channels.Where(channels.Result.Contains)]);
    }

    /// <summary>
    /// The look-up: ClickHouse filters (<see cref="IdPrefix"/>), counts, orders and cuts; each id found is checked
    /// again as the engine compares, and should one fail, the next ones are read (never so far).
    /// </summary>
    public async Task<IReadOnlyList<CustomerMatch>> FindCustomersAsync(string query, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        limit = Math.Clamp(limit, 0, MapEvidence.MaxSearchResults);
        var pattern = query.Length == 0 ? null : IdPrefix.Pattern(query);
        var found = new List<CustomerMatch>();
        for (var asked = limit; limit > 0; asked *= 2)
        {
            var rows = await ReadAsync(CustomerQuery.Find(PushdownScope.Source(_source), pattern, asked), CustomerQuery.FoundColumns, ct).ConfigureAwait(false);
            found = [.. rows.Where(r => IdPrefix.Matches(r[0]!, query)).Take(limit).Select(r => new CustomerMatch(r[0]!, DurationSql.Long(r[1]), At(r[2]), At(r[3])))];
            if (found.Count == limit || rows.Count < asked)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>The customer's events and attributes (a WHERE on customer_id, the tables' sort key) as the server's log reads them.</summary>
    public async Task<EventLog> CustomerLogAsync(string customerId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        var source = PushdownScope.Source(_source);
        var events = ReadAsync(CustomerQuery.Events(source, customerId), 4, ct);
        var attributes = ReadAsync(CustomerQuery.Attributes(source, customerId), 2, ct);
        await Task.WhenAll(events, attributes).ConfigureAwait(false);
        var update = new IncrementalEventLog().BeginUpdate();
        foreach (var e in events.Result)
        {
            update.AddEvent(customerId, DurationSql.Long(e[0]), e[1]!, e[2], e[3]);
        }

        foreach (var a in attributes.Result)
        {
            update.SetAttribute(customerId, a[0]!, a[1]!);
        }

        return update.Commit();
    }

    public void Dispose() => _http.Dispose();

    private FunnelLevels Levels(in FunnelOptions options)
    {
        FunnelSupport.Steps(options);
        return new FunnelLevels(PushdownScope.Source(_source), PushdownScope.Where(_source, options.Filter), options);
    }

    private async Task<TrendRange> TrendRangeAsync(EventFilter filter, CancellationToken ct)
    {
        var source = PushdownScope.Source(_source);
        if (!TrendRange.NeedsBounds(filter))
        {
            var any = await ReadAsync($"SELECT count() FROM (SELECT 1 FROM events WHERE {source} LIMIT 1)", 1, ct).ConfigureAwait(false);
            return TrendRange.Of(filter, DurationSql.Long(any[0][0]) > 0, () => throw new InvalidOperationException("bounds not needed"));
        }

        var (has, first, last) = await BoundsAsync(source, ct).ConfigureAwait(false);
        return TrendRange.Of(filter, has, () => (first, last));
    }

    /// <summary>Whether the scope has events, and its first and last (long.MaxValue and long.MinValue when none, as a pass).</summary>
    private async Task<(bool Any, long First, long Last)> BoundsAsync(string where, CancellationToken ct)
    {
        var row = (await ReadAsync($"SELECT count(), min(ticks), max(ticks) FROM events WHERE {where}", 3, ct).ConfigureAwait(false))[0];
        return DurationSql.Long(row[0]) > 0 ? (true, DurationSql.Long(row[1]), DurationSql.Long(row[2])) : (false, long.MaxValue, long.MinValue);
    }

    private static DateTimeOffset At(string? ticks) => new(DurationSql.Long(ticks), TimeSpan.Zero);

    private async Task<HashSet<string>> KnownAsync(IReadOnlyList<string> names, Func<IReadOnlyList<string>, string> sql, CancellationToken ct)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (names.Count > 0)
        {
            foreach (var row in await ReadAsync(sql(names), 1, ct).ConfigureAwait(false))
            {
                known.Add(row[0]!);
            }
        }

        return known;
    }

    private async Task<StatsResult?> StatsOrNullAsync(EventFilter filter, CancellationToken ct) =>
        await StatsAsync(new StatsOptions { Filter = filter }, ct).ConfigureAwait(false);

    private async Task<VariantResult> VariantsAsync(string where, ActivityIds ids, int top, CancellationToken ct)
    {
        var rows = await ReadAsync(VariantQuery.Sql(where, ids, top), VariantQuery.Columns, ct, _perCustomer).ConfigureAwait(false);
        return VariantQuery.Result(rows, ids);
    }

    /// <summary>The source's activity ids, read for each analysis that needs them (a source gains activities).</summary>
    private async Task<ActivityIds> IdsAsync(CancellationToken ct) =>
        ActivityIds.Read(await ReadAsync(ActivityIds.Sql(PushdownScope.Source(_source)), ActivityIds.Columns, ct).ConfigureAwait(false));

    private async Task<List<string?[]>> ReadAsync(string sql, int columns, CancellationToken ct, string? settings = null)
    {
        var rows = new List<string?[]>();
        await foreach (var row in _http.RowsAsync(sql + (settings ?? _settings), columns, ct).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
