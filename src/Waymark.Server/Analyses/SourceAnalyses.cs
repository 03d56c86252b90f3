using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;
using Waymark.Pushdown;
using Waymark.Server.Caches;
using Waymark.Server.Features.Analysis;

namespace Waymark.Server.Analyses;

/// <summary>
/// Where a source's analyses run (docs/adr/064-server-pushdown.md). With Events:Store=ClickHouse and
/// Events:ClickHouse:Pushdown (the default there) a question goes to ClickHouse as SQL (<see cref="ClickHouseAnalyses"/>)
/// and the source's log is never read for it; a question pushdown cannot answer (<see cref="NotSupportedException"/>,
/// thrown before any query) is answered from the in-memory log instead, and so is every question asked of the log
/// itself (<see cref="OverLogAsync"/>); each is counted (<see cref="Fallbacks"/>). Otherwise every question is asked of
/// the engine over the log (<see cref="EventLogCache"/>). Either way it runs under the <see cref="AnalysisGate"/>.
/// </summary>
public sealed class SourceAnalyses : IDisposable
{
    private readonly EventLogCache _logs;
    private readonly AnalysisGate _gate;
    private readonly PushdownFallbacks _fallbacks;
    private readonly Data.EventStores.ClickHouse.ClickHouseOptions? _clickHouse;
    private readonly ConcurrentDictionary<EventSourceKey, Lazy<ClickHouseAnalyses>> _pushdown = new();

    public SourceAnalyses(EventLogCache logs, AnalysisGate gate, PushdownFallbacks fallbacks, IOptions<EventStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_logs, _gate, _fallbacks) = (logs, gate, fallbacks);
        var events = options.Value;
        _clickHouse = events.Store == EventStoreKind.ClickHouse && events.ClickHouse.Pushdown ? events.ClickHouse : null;
    }

    /// <summary>Whether questions are pushed down to the event store.</summary>
    public bool PushesDown => _clickHouse is not null;

    /// <summary>
    /// Asks <paramref name="question"/> of the source's analyses: pushed down when on, else (or when pushdown throws
    /// <see cref="NotSupportedException"/>) of the engine over the source's log. A null source (a map bound to none)
    /// is the empty log. <paramref name="kind"/> names the question in the fallback count and log.
    /// </summary>
    public async Task<T> AskAsync<T>(EventSourceKey? source, string kind, Func<IJourneyAnalyses, CancellationToken, Task<T>> question, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (_clickHouse is not null && source is { } key)
        {
            try
            {
                var pushed = Pushdown(key);
                return await _gate.AwaitAsync(token => question(pushed, token), ct).ConfigureAwait(false);
            }
            catch (NotSupportedException e)
            {
                _fallbacks.Record(kind, e.Message);
            }
        }

        var analyses = new InMemoryAnalyses(await LogAsync(source, ct).ConfigureAwait(false));
        return await _gate.AwaitAsync(token => question(analyses, token), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> over the source's log under the gate, for an analysis that is not pushed down
    /// (paths): counted as a fallback when pushdown is on.
    /// </summary>
    public async Task<T> OverLogAsync<T>(EventSourceKey? source, string kind, Func<EventLog, CancellationToken, T> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_clickHouse is not null && source is not null)
        {
            _fallbacks.Record(kind, "this analysis is not pushed down.");
        }

        var log = await LogAsync(source, ct).ConfigureAwait(false);
        return await _gate.RunAsync(token => work(log, token), ct).ConfigureAwait(false);
    }

    /// <summary>Whether a pushdown client is kept for the source (one was asked and the source was not forgotten since).</summary>
    public bool Holds(EventSourceKey source) => _pushdown.ContainsKey(source);

    /// <summary>
    /// Lets go of a deleted source's pushdown client, as <see cref="EventLogCache.Forget(EventSourceKey)"/> does of its
    /// log. Not disposed: a question still under way may hold it; its pooled connections close when idle.
    /// </summary>
    public void Forget(EventSourceKey source) => _pushdown.TryRemove(source, out _);

    /// <summary>Lets go of every source of a deleted workspace (see <see cref="Forget(EventSourceKey)"/>).</summary>
    public void Forget(string workspaceId)
    {
        foreach (var key in _pushdown.Keys.Where(k => k.WorkspaceId == workspaceId))
        {
            _pushdown.TryRemove(key, out _);
        }
    }

    /// <summary>Questions of this kind answered from the in-memory log while pushdown is on, since start.</summary>
    public long Fallbacks(string kind) => _fallbacks.Count(kind);

    public void Dispose()
    {
        foreach (var analyses in _pushdown.Values)
        {
            if (analyses.IsValueCreated)
            {
                analyses.Value.Dispose();
            }
        }
    }

    private Task<EventLog> LogAsync(EventSourceKey? source, CancellationToken ct) =>
        source is { } key ? _logs.GetAsync(key, ct) : Task.FromResult(EventLogCache.Empty);

    /// <summary>One client per source, kept for the server's life (its HTTP connections are pooled).</summary>
    private ClickHouseAnalyses Pushdown(EventSourceKey key) =>
        _pushdown.GetOrAdd(key, k => new Lazy<ClickHouseAnalyses>(() => new ClickHouseAnalyses(_clickHouse!, k))).Value;
}
