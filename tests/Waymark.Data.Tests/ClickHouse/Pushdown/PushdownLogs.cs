using Waymark.Analytics.Events;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Pushdown;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// The same events on both paths: stored through the ClickHouse event store, read back in sequence order into an
/// EventLog as the server builds it, and pushed-down analyses over the store.
/// </summary>
internal sealed class PushdownLogs : IDisposable
{
    public static readonly EventSourceKey Source = new("ws1", "src1");

    private PushdownLogs(ClickHouseOptions options, EventLog log)
    {
        Log = log;
        Options = options;
        Pushdown = new ClickHouseAnalyses(options, Source);
    }

    public EventLog Log { get; }

    public ClickHouseOptions Options { get; }

    public ClickHouseAnalyses Pushdown { get; }

    /// <summary>Appends <paramref name="events"/> in their order (which is the input order: seq) and reads them back.</summary>
    public static async Task<PushdownLogs> StoreAsync(ClickHouseServer server, IEnumerable<NewEvent> events, IReadOnlyList<CustomerAttribute>? attributes = null)
    {
        var options = ClickHouseStores.Options(server);
        using var store = new ClickHouseEventStore(options);
        var batch = new List<NewEvent>();
        foreach (var e in events)
        {
            batch.Add(e);
            if (batch.Count == 50_000)
            {
                await store.AppendAsync(Source, batch);
                batch.Clear();
            }
        }

        await store.AppendAsync(Source, batch);
        foreach (var write in attributes ?? [])
        {
            await store.SetAttributesAsync(Source, [write]); // one write each, so a later one replaces an earlier
        }

        var builder = new EventLogBuilder();
        await foreach (var e in store.ReadSinceAsync(Source, 0))
        {
            builder.Add(e.CustomerId, e.UtcTicks, e.Activity, e.Channel ?? "");
        }

        await foreach (var a in store.ReadAttributesAsync(Source))
        {
            builder.SetAttribute(a.CustomerId, a.Key, a.Value, overwrite: true);
        }

        return new PushdownLogs(options, builder.Build());
    }

    /// <summary>A log's events customer by customer, in the log's order.</summary>
    public static IEnumerable<NewEvent> EventsOf(EventLog log)
    {
        for (var i = 0; i < log.EventCount; i++)
        {
            var e = log.GetEvent(i);
            yield return new NewEvent(null, e.CustomerId, e.Timestamp!.Value.UtcTicks, e.Activity, e.Channel, null);
        }
    }

    public void Dispose() => Pushdown.Dispose();
}
