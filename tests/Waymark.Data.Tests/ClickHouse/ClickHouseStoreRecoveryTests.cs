using System.Globalization;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Data.FeedbackStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>What only ClickHouse needs proving: crashes, half-finished writes, start-up and its settings.</summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseStoreRecoveryTests(ClickHouseFixture clickHouse)
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly EventSourceKey Source = new("ws1", "src1");

    [StoreFact]
    public async Task Restart_AfterAKill_LosesNothingAcknowledgedAndKeepsCounting()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        using (var before = new ClickHouseEventStore(options))
        {
            Assert.Equal(new AppendResult(3, 0), await before.AppendAsync(Source, [E("c1", "A", "e1"), E("c1", "B", "e2"), E("c2", "A")]));
            Assert.Equal(new AppendResult(1, 1), await before.AppendAsync(Source, [E("c2", "B", "e2"), E("c2", "C", "e3")]));
            await before.SetAttributesAsync(Source, [new("c1", "plan", "pro")]);
        }

        clickHouse.Server.Restart();

        using var after = new ClickHouseEventStore(options);
        var events = await after.ReadSinceAsync(Source, 0).ToListAsync();
        Assert.Equal([(1L, "A"), (2L, "B"), (3L, "A"), (4L, "C")], events.Select(e => (e.Sequence, e.Activity)));
        Assert.Equal([new CustomerAttribute("c1", "plan", "pro")], await after.ReadAttributesAsync(Source).ToListAsync());
        Assert.Equal(new AppendResult(1, 2), await after.AppendAsync(Source, [E("c1", "A", "e1"), E("c2", "C", "e3"), E("c3", "D", "e4")]));
        Assert.Equal([(5L, "D")], (await after.ReadSinceAsync(Source, 4).ToListAsync()).Select(e => (e.Sequence, e.Activity)));
    }

    [StoreFact]
    public async Task AppendAsync_EventsStoredWithoutTheirIds_CountsThemAsRepeatsAndContinuesTheSequence()
    {
        // A write that stopped after the events' insert and before the ids' one: the rows are there, event_ids lacks them.
        var options = ClickHouseStores.Options(clickHouse.Server);
        using (var first = new ClickHouseEventStore(options))
        {
            await first.AppendAsync(Source, [E("c1", "A", "e1")]);
        }

        await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, """
            INSERT INTO events (workspace_id, source_id, customer_id, ticks, activity, channel, properties, event_id, seq)
            VALUES ('ws1', 'src1', 'c1', 0, 'B', NULL, NULL, 'e2', 2)
            """);

        using var store = new ClickHouseEventStore(options);
        var result = await store.AppendAsync(Source, [E("c1", "B", "e2"), E("c1", "C", "e3")]);

        Assert.Equal(new AppendResult(1, 1), result);
        Assert.Equal([(1L, "A"), (2L, "B"), (3L, "C")], (await store.ReadSinceAsync(Source, 0).ToListAsync()).Select(e => (e.Sequence, e.Activity)));
    }

    [StoreFact]
    public async Task AppendAsync_ConcurrentBatchesOfOneSource_GetDistinctOrderedSequencesAndCountEachIdOnce()
    {
        using var store = new ClickHouseEventStore(ClickHouseStores.Options(clickHouse.Server));
        var batches = Enumerable.Range(0, 8).Select(b =>
            store.AppendAsync(Source, [.. Enumerable.Range(0, 50).Select(i => E("c" + i, "A", "e" + ((b * 50) + i) % 200))]));

        var results = await Task.WhenAll(batches);

        Assert.Equal(200, results.Sum(r => r.Appended));
        Assert.Equal(200, results.Sum(r => r.Duplicates));
        var sequences = (await store.ReadSinceAsync(Source, 0).ToListAsync()).Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), sequences);
    }

    [StoreFact]
    public async Task Start_TwiceOnOneDatabase_CreatesTheSchemaOnceAndRecordsItsVersion()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        using var one = new ClickHouseEventStore(options);
        using var two = new ClickHouseEventStore(options);

        await Task.WhenAll(one.HasDataAsync(Source), two.HasDataAsync(Source));
        await one.AppendAsync(Source, [E("c1", "A", "e1")]);

        Assert.Equal(ClickHouseSchema.Version.ToString(CultureInfo.InvariantCulture),
            await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "SELECT max(version) FROM schema_version"));
        Assert.Equal(new AppendResult(0, 1), await two.AppendAsync(Source, [E("c1", "A", "e1")]));
        foreach (var ids in (string[])["event_ids", "feedback_ids"])
        {
            // A lookup reads a granule of every part per id: the id tables' granules are small (ADR 078).
            Assert.Contains("index_granularity = 256", await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "SHOW CREATE TABLE " + ids), StringComparison.Ordinal);
        }
    }

    [StoreFact]
    public async Task Start_OnADatabaseAtVersionOne_AddsTheFeedbackTablesAndKeepsTheEvents()
    {
        // A database as the first release left it: events stored, schema_version at 1, no feedback tables.
        var options = ClickHouseStores.Options(clickHouse.Server);
        using (var first = new ClickHouseEventStore(options))
        {
            await first.AppendAsync(Source, [E("c1", "A", "e1")]);
        }

        foreach (var sql in (string[])["DROP TABLE feedback", "DROP TABLE feedback_ids", "DROP TABLE schema_version",
            "CREATE TABLE schema_version (version Int32, applied DateTime) ENGINE = MergeTree() ORDER BY version",
            "INSERT INTO schema_version VALUES (1, now())"])
        {
            await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, sql);
        }

        using var feedback = new ClickHouseFeedbackStore(options);
        using var events = new ClickHouseEventStore(options);
        var appended = await feedback.AppendAsync("ws1", [new NewFeedback(null, "c1", 1, null, null, null, null, "fine", "survey", false, null, null)]);

        Assert.Equal(new AppendResult(1, 0), appended);
        Assert.Equal(ClickHouseSchema.Version.ToString(CultureInfo.InvariantCulture),
            await ClickHouseStores.QueryAsync(clickHouse.Server, options.Database, "SELECT max(version) FROM schema_version"));
        Assert.Equal(new AppendResult(0, 1), await events.AppendAsync(Source, [E("c1", "A", "e1")]));
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:8123/", "waymark", "Events:ClickHouse:Url must be an http(s) address")]
    [InlineData("not a url", "waymark", "Events:ClickHouse:Url must be an http(s) address")]
    [InlineData("http://127.0.0.1:8123/", "waymark`; DROP DATABASE x", "Events:ClickHouse:Database must be letters")]
    [InlineData("http://127.0.0.1:8123/", "", "Events:ClickHouse:Database must be letters")]
    public void Create_BadSettings_SaysWhichAndWhy(string url, string database, string expected)
    {
        var options = new ClickHouseOptions { Url = url, Database = database };

        var error = Assert.Throws<ArgumentException>(() => new ClickHouseEventStore(options));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task AppendAsync_Refused_FailsWithClickHousesAnswerAndStoresNothing()
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        using var store = new ClickHouseEventStore(options);
        await store.AppendAsync(Source, [E("c1", "A", "e1")]);
        using var wrong = new ClickHouseEventStore(new ClickHouseOptions { Url = options.Url, Database = options.Database, User = "nobody" });

        await Assert.ThrowsAsync<ClickHouseException>(() => wrong.AppendAsync(Source, [E("c1", "B", "e2")]));

        Assert.Equal(["A"], (await store.ReadSinceAsync(Source, 0).ToListAsync()).Select(e => e.Activity));
    }

    private static NewEvent E(string customer, string activity, string? id = null) => new(id, customer, T0, activity, null, null);
}
