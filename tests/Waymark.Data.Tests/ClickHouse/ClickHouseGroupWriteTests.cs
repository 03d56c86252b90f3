using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>
/// Group writes on one ClickHouse server (ADR 067): appends that queue while a write is under way (here: while the
/// server is paused) share the next group's id lookup and inserts, each with its own counts, and none answers first.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseGroupWriteTests(ClickHouseFixture clickHouse)
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly EventSourceKey Source = new("ws1", "src1");

    [StoreFact]
    public async Task AppendAsync_BatchesQueuedBehindAWrite_ShareOneGroupCountEachIdOnceAndSurviveAKill()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        Task<AppendResult>[] appends;
        using (var store = new ClickHouseEventStore(options))
        {
            await store.AppendAsync(Source, [E("c0", "e0")]); // schema made, sequence known
            using (clickHouse.Server.Pause())
            {
                var first = store.AppendAsync(Source, [E("c1", "e1")]);
                await GroupWriterWait.UntilAsync(() => store.Waiting == 0); // taken: its id lookup waits for the paused server
                appends = [first, .. Enumerable.Range(2, 6).Select(b => store.AppendAsync(Source,
                    b == 3 ? [E("c3", "e3"), E("c3", "shared"), E("c3", "e0")] : b == 4 ? [E("c4", "shared"), E("c4", "e4"), E("c4", null)] : [E("c" + b, "e" + b)]))];
                await GroupWriterWait.UntilAsync(() => store.Waiting == 6);
                Assert.All(appends, t => Assert.False(t.IsCompleted)); // nothing answers before its group is stored
            }

            var results = await Task.WhenAll(appends);

            Assert.Equal(3, store.Groups); // the first append, the lone batch taken while paused, then the six queued behind it
            Assert.Equal(new AppendResult(2, 1), results[2]); // e0 was stored before
            Assert.Equal(new AppendResult(2, 1), results[3]); // "shared" was stored by the batch before it in the same group
        }

        clickHouse.Server.Restart();

        using var after = new ClickHouseEventStore(options);
        var stored = await after.ReadSinceAsync(Source, 0).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), stored.Select(e => e.Sequence));
        Assert.Equal(["c0", "c1", "c2", "c3", "c3", "c4", "c4", "c5", "c6", "c7"], stored.Select(e => e.CustomerId)); // arrival order
        Assert.Equal(new AppendResult(1, 2), await after.AppendAsync(Source, [E("c9", "shared"), E("c9", "e7"), E("c9", "e9")]));
    }

    [StoreFact]
    public async Task AppendAsync_OneBadBatchAmongConcurrentOnes_FailsAloneAndTheOthersAreStored()
    {
        using var store = new ClickHouseEventStore(ClickHouseStores.Options(clickHouse.Server));
        await store.AppendAsync(Source, [E("c0", "e0")]);
        Task<AppendResult>[] appends;
        using (clickHouse.Server.Pause())
        {
            appends = [store.AppendAsync(Source, [E("c1", "e1")]), store.AppendAsync(Source, [E("c2", "e2"), new NewEvent("e9", null!, T0, "A", null, null)]),
                store.AppendAsync(Source, [E("c3", "e3")])];
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => appends[1]);
        Assert.Contains("Event 1 of the batch", error.Message, StringComparison.Ordinal);
        Assert.Equal(new AppendResult(1, 0), await appends[0]);
        Assert.Equal(new AppendResult(1, 0), await appends[2]);
        Assert.Equal(["c0", "c1", "c3"], (await store.ReadSinceAsync(Source, 0).ToListAsync()).Select(e => e.CustomerId));
    }

    [StoreFact]
    public async Task AppendAsync_IdsInsertFailsAfterTheEvents_AnswersTheStoredEventsAndLaterCountsTheirIdsAsRepeats()
    {
        // event_ids turned into a view of itself: the id lookup still reads it, but the ids' insert is refused.
        var options = ClickHouseStores.Options(clickHouse.Server);
        using var store = new ClickHouseEventStore(options);
        await store.AppendAsync(Source, [E("c0", "e0")]);
        await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "RENAME TABLE event_ids TO event_ids_kept");
        await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "CREATE VIEW event_ids AS SELECT * FROM event_ids_kept");

        var stored = await store.AppendAsync(Source, [E("c1", "e1"), E("c1", "e2")]);

        await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "DROP TABLE event_ids");
        await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "RENAME TABLE event_ids_kept TO event_ids");
        Assert.Equal(new AppendResult(2, 0), stored);
        Assert.Equal("0", await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "SELECT count() FROM event_ids WHERE event_id = 'e1'"));
        Assert.Equal(new AppendResult(1, 2), await store.AppendAsync(Source, [E("c2", "e1"), E("c2", "e2"), E("c2", "e3")]));
        Assert.Equal([1L, 2, 3, 4], (await store.ReadSinceAsync(Source, 0).ToListAsync()).Select(e => e.Sequence));
    }

    [StoreFact]
    public async Task AppendAsync_NewIdsAfterARestart_LooksUpOnlyTheIdsTheFilterMayHold()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        using (var before = new ClickHouseEventStore(options))
        {
            await before.AppendAsync(Source, [.. Enumerable.Range(0, 500).Select(i => E("c1", "old" + i))]);
        }

        using var store = new ClickHouseEventStore(options); // its filter is built from event_ids
        var result = await store.AppendAsync(Source, [.. Enumerable.Range(0, 500).Select(i => E("c2", "new" + i)), E("c2", "old7")]);

        Assert.Equal(new AppendResult(500, 1), result);
        Assert.InRange(store.LookedUp(Source), 1, 50); // old7 and the filter's few false positives, not all 501
    }

    /// <summary>
    /// A lookup reads the granules its ids fall in, not the table (ADR 078): on 18.16 `IN (SELECT value FROM batch_ids)`
    /// and `GLOBAL IN` skip the primary key and read all of event_ids for every group, which made ingestion slow down
    /// with the square of the source's size.
    /// </summary>
    [StoreFact]
    public async Task AppendAsync_RepeatsAmongManyStoredIds_ReadsTheirGranulesNotTheTable()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        using (var before = new ClickHouseEventStore(options))
        {
            for (var part = 0; part < 4; part++)
            {
                await before.AppendAsync(Source, [.. Enumerable.Range(part * 25_000, 25_000).Select(i => E("c" + (i % 100), "old" + i))]);
            }
        }

        using var store = new ClickHouseEventStore(options);
        await store.AppendAsync(Source, [E("c1", "first")]); // the first write reads the sequence and builds the filter from event_ids
        var marks = await SelectedMarksAsync(options.Database);
        var result = await store.AppendAsync(Source, [.. Enumerable.Range(0, 5).Select(i => E("c2", "old" + (i * 19_997)))]);
        var read = await SelectedMarksAsync(options.Database) - marks;

        Assert.Equal(new AppendResult(0, 5), result);
        Assert.InRange(read, 1, 60); // 5 ids in at most 4 parts and a few neighbours; all of event_ids is about 400 granules
    }

    private async Task<long> SelectedMarksAsync(string database) => long.Parse(
        await ClickHouseStores.QueryAsync(clickHouse.Server, database, "SELECT sum(value) FROM system.events WHERE event = 'SelectedMarks'"),
        System.Globalization.CultureInfo.InvariantCulture);

    private static NewEvent E(string customer, string? id) => new(id, customer, T0, "Visited", null, null);
}
