using System.Globalization;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>
/// A whole source read in sequence order (what the server's log is built from) sorts every row in ClickHouse: past
/// <c>SpillBytes</c> the sort is written to disk and merged (ADR 074), so 100M events read back instead of failing with
/// "Memory limit exceeded" at 9.3 GB. With a threshold of one byte every block spills, and the order is the same.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseReadSpillTests(ClickHouseFixture clickHouse)
{
    private static readonly EventSourceKey Source = new("ws1", "src1");

    [StoreFact]
    public async Task ReadSinceAsync_SortSpilledToDisk_ReadsEveryEventInSequenceOrder()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        options.SpillBytes = 1;
        var before = await CounterAsync("ExternalSortWritePart");

        var read = await ReadBackAsync(options);

        Assert.Equal(Enumerable.Range(1, 60_000).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.Equal(("c0", "A0", "c59", "A2"), (read[0].CustomerId, read[0].Activity, read[^1].CustomerId, read[^1].Activity)); // the last: 19,999 % 997
        Assert.True(await CounterAsync("ExternalSortWritePart") > before, "the read's sort wrote nothing to disk");
    }

    /// <summary>
    /// Stores 60,000 events in three appends, sorted by customer then time in the table so that sequence order is not
    /// the table's, and reads them all back in sequence order.
    /// </summary>
    internal static async Task<List<StoredEvent>> ReadBackAsync(ClickHouseOptions options)
    {
        using var store = new ClickHouseEventStore(options);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        for (var batch = 0; batch < 3; batch++)
        {
            await store.AppendAsync(Source, [.. Enumerable.Range(0, 20_000).Select(i => new NewEvent(null, "c" + (i % 997), t0 - (i * 1000L), "A" + batch, null, null))]);
        }

        return await store.ReadSinceAsync(Source, 0).ToListAsync();
    }

    private async Task<long> CounterAsync(string name) => long.Parse(
        await ClickHouseStores.QueryAsync(clickHouse.Server, "system", $"SELECT sum(value) FROM system.events WHERE event = '{name}'"),
        CultureInfo.InvariantCulture);
}
