using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>What only a sharded cluster needs proving: where customers land, repeats across shards, a shard's crash.</summary>
[NeedsClickHouse]
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClickHouseClusterTests(ClickHouseClusterFixture fixture)
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly EventSourceKey Source = new("ws1", "src1");

    [StoreFact]
    public async Task AppendAsync_ManyCustomers_PutsEachCustomerWithItsAttributesOnOneShardAndReadsBackWhatWasWritten()
    {
        var database = fixture.NewDatabaseName();
        using var store = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(fixture.Cluster, database));
        var written = Enumerable.Range(0, 40).SelectMany(c => Enumerable.Range(0, 3).Select(i => E("c" + c, "A" + i, $"e{c}-{i}", i))).ToList();

        Assert.Equal(new AppendResult(60, 0), await store.AppendAsync(Source, written[..60]));
        Assert.Equal(new AppendResult(60, 0), await store.AppendAsync(Source, written[60..]));
        await store.SetAttributesAsync(Source, [.. Enumerable.Range(0, 40).Select(c => new CustomerAttribute("c" + c, "plan", "p" + c))]);

        var shards = new List<HashSet<string>>();
        foreach (var server in fixture.Cluster.Servers)
        {
            var customers = await LinesAsync(server, database, "SELECT DISTINCT customer_id FROM events_local");
            Assert.True(customers.SetEquals(await LinesAsync(server, database, "SELECT DISTINCT customer_id FROM customer_attributes_local")));
            Assert.NotEmpty(customers);
            shards.Add(customers);
        }

        Assert.Empty(shards[0].Intersect(shards[1]));
        Assert.Equal(40, shards.Sum(s => s.Count));
        var read = await store.ReadSinceAsync(Source, 0).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.Equal(written.Select(e => (e.CustomerId, e.UtcTicks, e.Activity)), read.Select(e => (e.CustomerId, e.UtcTicks, e.Activity)));
        Assert.Equal(40, (await store.ReadAttributesAsync(Source).ToListAsync()).Count);
    }

    [StoreFact]
    public async Task AppendAsync_IdRepeatedByACustomerOnTheOtherShard_CountsItOnce()
    {
        var database = fixture.NewDatabaseName();
        using var store = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(fixture.Cluster, database));
        await store.AppendAsync(Source, [.. Enumerable.Range(0, 20).Select(c => E("c" + c, "Seen"))]);
        var one = (await LinesAsync(fixture.Cluster.Servers[0], database, "SELECT customer_id FROM events_local")).First();
        var two = (await LinesAsync(fixture.Cluster.Servers[1], database, "SELECT customer_id FROM events_local")).First();

        var first = await store.AppendAsync(Source, [E(one, "A", "x1"), E(two, "B", "x2")]);
        var again = await store.AppendAsync(Source, [E(two, "A", "x1"), E(one, "B", "x2"), E(two, "C", "x3"), E(one, "C", "x3")]);

        Assert.Equal(new AppendResult(2, 0), first);
        Assert.Equal(new AppendResult(1, 3), again);
        Assert.Equal([(21L, one, "A"), (22L, two, "B"), (23L, two, "C")], (await store.ReadSinceAsync(Source, 20).ToListAsync()).Select(e => (e.Sequence, e.CustomerId, e.Activity)));
    }

    /// <summary>
    /// The id lookup sends the group's ids with the query as external data and reads each shard's event_ids by its
    /// primary key (ADR 078): ids stored on either shard are found as repeats by a writer that never saw them.
    /// </summary>
    [StoreFact]
    public async Task AppendAsync_IdsOnBothShardsSentAgainByAnotherWriter_AreAllRepeats()
    {
        var database = fixture.NewDatabaseName();
        var events = Enumerable.Range(0, 40).Select(i => E("c" + i, "A", "id" + i)).ToList();
        using (var first = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(fixture.Cluster, database)))
        {
            Assert.Equal(new AppendResult(40, 0), await first.AppendAsync(Source, events));
        }

        using var second = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(fixture.Cluster, database, via: 1));
        var again = await second.AppendAsync(Source, events);

        Assert.All(fixture.Cluster.Servers, server => Assert.NotEmpty(LinesAsync(server, database, "SELECT event_id FROM event_ids_local").Result));
        Assert.Equal(new AppendResult(0, 40), again);
        Assert.Equal(40, second.LookedUp(Source)); // every id went to the lookup (its filter, read from both shards, holds them all)
    }

    [StoreFact]
    public async Task AppendAsync_ConcurrentBatchesWithOverlappingIdsOnBothShards_ShareGroupsAndCountEachIdOnce()
    {
        using var store = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(fixture.Cluster, fixture.NewDatabaseName()));
        await store.AppendAsync(Source, [E("c0", "A", "e0")]);
        Task<AppendResult>[] appends;
        using (fixture.Cluster.Servers[1].Pause()) // the first group waits for the paused shard; the rest queue behind it
        {
            appends = [.. Enumerable.Range(0, 8).Select(b => store.AppendAsync(Source,
                [.. Enumerable.Range(0, 20).Select(i => E("c" + i, "A" + b, "e" + ((b * 10) + i)))]))];
        }

        var results = await Task.WhenAll(appends);

        Assert.True(store.Groups <= 3, $"{store.Groups} groups for 1 + 8 appends"); // the first, the one taken while paused, the rest
        Assert.Equal(89, results.Sum(r => r.Appended)); // ids e0..e89: e0 stored before, each later one once
        Assert.Equal(new AppendResult(19, 1), results[0]);
        Assert.All(results[1..], r => Assert.Equal(new AppendResult(10, 10), r)); // half of each batch repeats the one before
        var read = await store.ReadSinceAsync(Source, 0).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 90).Select(i => (long)i), read.Select(e => e.Sequence));
    }

    [StoreFact]
    public async Task AppendAsync_ShardKilledAndRestarted_LosesNothingAcknowledgedAndCountsRetriesOnce()
    {
        var database = fixture.NewDatabaseName();
        var options = ClickHouseStores.ClusterOptions(fixture.Cluster, database);
        var acknowledged = new List<NewEvent>();
        using (var store = new ClickHouseEventStore(options))
        {
            await store.AppendAsync(Source, Batch(0));
            acknowledged.AddRange(Batch(0));
            fixture.Cluster.Servers[1].Kill();

            // Not acknowledged: the rows of the live shard may or may not be stored, their ids must still count once.
            await Assert.ThrowsAsync<ClickHouseException>(() => store.AppendAsync(Source, Batch(1)));
            fixture.Cluster.Servers[1].Restart();

            var retry = await store.AppendAsync(Source, Batch(1));
            Assert.Equal(30, retry.Appended + retry.Duplicates);
            acknowledged.AddRange(Batch(1));
        }

        fixture.Cluster.Servers[0].Restart();
        fixture.Cluster.Servers[1].Restart();

        using var after = new ClickHouseEventStore(options);
        var read = await after.ReadSinceAsync(Source, 0).ToListAsync();
        Assert.Equal(acknowledged.Select(e => (e.CustomerId, e.Activity)).Order(), read.Select(e => (e.CustomerId, e.Activity)).Order());
        Assert.Equal(read.Count, read.Select(e => e.Sequence).Distinct().Count());
        Assert.Equal(new AppendResult(1, 60), await after.AppendAsync(Source, [.. Batch(0), .. Batch(1), E("c0", "Z", "z")]));
    }

    [StoreFact]
    public async Task Start_OnADatabaseWithOneServersTables_RefusesToUseItAsACluster()
    {
        var database = fixture.NewDatabaseName();
        using (var single = new ClickHouseEventStore(new ClickHouseOptions { Url = fixture.Cluster.Servers[0].Url.ToString(), Database = database }))
        {
            await single.AppendAsync(Source, [E("c1", "A")]);
        }

        using var cluster = new ClickHouseEventStore(ClickHouseStores.ClusterOptions(fixture.Cluster, database));

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => cluster.HasDataAsync(Source));
        Assert.Contains("holds one server's tables", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad name", new[] { "http://127.0.0.1:1/" }, false, 0, "Events:ClickHouse:Cluster must be letters")]
    [InlineData("two", new string[0], false, 0, "Events:ClickHouse:Servers must list")]
    [InlineData("two", new[] { "ftp://x/" }, false, 0, "Events:ClickHouse:Servers must list")]
    [InlineData("two", new[] { "http://127.0.0.1:1/" }, false, 2, "Events:ClickHouse:InsertQuorum is 0 or more")]
    [InlineData("", new[] { "http://127.0.0.1:1/" }, false, 0, "Events:ClickHouse:Servers, Replicated and InsertQuorum need")]
    [InlineData("", new string[0], true, 0, "Events:ClickHouse:Servers, Replicated and InsertQuorum need")]
    public void Create_BadClusterSettings_SaysWhichAndWhy(string cluster, string[] servers, bool replicated, int quorum, string expected)
    {
        var options = new ClickHouseOptions { Cluster = cluster, Servers = [.. servers], Replicated = replicated, InsertQuorum = quorum };

        var error = Assert.Throws<ArgumentException>(() => new ClickHouseEventStore(options));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private static List<NewEvent> Batch(int b) => [.. Enumerable.Range(0, 30).Select(c => E("c" + c, "A" + b, $"e{b}-{c}"))];

    private static async Task<HashSet<string>> LinesAsync(ClickHouseServer server, string database, string sql) =>
        [.. (await ClickHouseStores.QueryAsync(server, database, sql)).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static NewEvent E(string customer, string activity, string? id = null, int minute = 0) =>
        new(id, customer, T0 + TimeSpan.FromMinutes(minute).Ticks, activity, null, null);
}
