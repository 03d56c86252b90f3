using System.Text.Json;
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
    public static Task<PushdownLogs> StoreAsync(ClickHouseServer server, IEnumerable<NewEvent> events, IReadOnlyList<CustomerAttribute>? attributes = null) =>
        StoreAsync(ClickHouseStores.Options(server), events, attributes);

    /// <summary>The same on the store <paramref name="options"/> name (one server or a cluster).</summary>
    /// <param name="attributesPerWrite">Attributes set by one write (1: a later one replaces an earlier; more for many customers).</param>
    public static async Task<PushdownLogs> StoreAsync(ClickHouseOptions options, IEnumerable<NewEvent> events, IReadOnlyList<CustomerAttribute>? attributes = null,
        int attributesPerWrite = 1)
    {
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
        foreach (var write in (attributes ?? []).Chunk(attributesPerWrite))
        {
            await store.SetAttributesAsync(Source, write); // one write each by default, so a later one replaces an earlier
        }

        // As the server reads a store into its log: events with their properties, then attributes, in store order.
        var log = new IncrementalEventLog();
        var update = log.BeginUpdate();
        await foreach (var e in store.ReadSinceAsync(Source, 0))
        {
            update.AddEvent(e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties);
        }

        await foreach (var a in store.ReadAttributesAsync(Source))
        {
            update.SetAttribute(a.CustomerId, a.Key, a.Value);
        }

        return new PushdownLogs(options, update.Commit());
    }

    /// <summary>The same log with pushdown over the same tables under other settings (e.g. a spill threshold).</summary>
    public PushdownLogs With(ClickHouseOptions options) => new(options, Log);

    /// <summary>A log's events customer by customer, in the log's order.</summary>
    /// <param name="keep">The property names to keep (null: all).</param>
    public static IEnumerable<NewEvent> EventsOf(EventLog log, IReadOnlyList<string>? keep = null)
    {
        for (var i = 0; i < log.EventCount; i++)
        {
            var e = log.GetEvent(i);
            var kept = keep is null ? e.Properties : e.Properties.Where(p => keep.Contains(p.Key)).ToDictionary();
            var properties = kept.Count == 0 ? null : JsonSerializer.Serialize(kept);
            yield return new NewEvent(null, e.CustomerId, e.Timestamp!.Value.UtcTicks, e.Activity, e.Channel, properties);
        }
    }

    public void Dispose() => Pushdown.Dispose();
}
