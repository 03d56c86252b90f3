using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>The relational feedback stores, on a migrated database of each provider.</summary>
public abstract class FeedbackStoreTests(TestDatabase database) : ProviderTests(database)
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [Fact]
    public async Task AppendAsync_RepeatedIds_SkipsRepeatsInBatchAndAcrossBatches()
    {
        var store = await NewStoreAsync("ws1");

        var first = await store.AppendAsync("ws1", [F("c1", "Great", "f1"), F("c1", "Great again", "f1"), F("c2", "Slow")]);
        var second = await store.AppendAsync("ws1", [F("c1", "Great", "f1"), F("c3", "Fine", "f2")]);

        Assert.Equal(new AppendResult(2, 1), first);
        Assert.Equal(new AppendResult(1, 1), second);
    }

    [Fact]
    public async Task AppendAsync_NoId_DerivesOneFromContentSoResendingIsADuplicate()
    {
        var store = await NewStoreAsync("ws1");
        await store.AppendAsync("ws1", [F("c1", "The import kept failing"), F("c1", "The import kept failing", score: 3)]);

        var again = await store.AppendAsync("ws1", [F("c1", "The import kept failing"), F("c1", "The import kept failing", score: 4)]);

        Assert.Equal(new AppendResult(1, 1), again);
        var ids = (await ReadAsync(store, "ws1", 0)).Select(f => f.FeedbackId).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("fb_", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadSinceAsync_AfterSequence_ReturnsEveryFieldOfLaterRowsOfWorkspaceInOrder()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.AppendAsync("ws1", [F("c1", "A"), F("c2", "B")]);
        var all = await ReadAsync(store, "ws1", 0);
        await store.AppendAsync("ws2", [F("c9", "Z")]);
        var full = new NewFeedback("x1", null, T0 + 5, "stp-import", "data_imported", "csat", 2, "<b>so slow</b> 😡",
            "chat", true, "en", """{"agent":"Ana"}""");
        await store.AppendAsync("ws1", [full]);

        var later = await ReadAsync(store, "ws1", all[^1].Sequence);

        Assert.Equal(["A", "B"], all.Select(f => f.Text));
        var only = Assert.Single(later);
        Assert.Equal(new StoredFeedback(only.Sequence, "x1", null, T0 + 5, "stp-import", "data_imported", "csat", 2, "<b>so slow</b> 😡",
            "chat", true, "en", """{"agent":"Ana"}"""), only);
        Assert.True(only.Sequence > all[^1].Sequence);
    }

    [Fact]
    public async Task TotalsAndLatest_MixedItems_CountBySourceAndScoreTypeAndPageLatestFirst()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.AppendAsync("ws1", [
            F("c1", "ok", ticks: T0, source: "review"), F("c1", null, ticks: T0 + 10, score: 9, scoreType: "nps"),
            F(null, "who am I", ticks: T0 + 20, source: "social"), F("c2", "fine", ticks: T0 + 30, score: 4, scoreType: "csat")]);
        await store.AppendAsync("ws2", [F("c9", "elsewhere")]);

        var totals = await store.TotalsAsync("ws1");
        var page = await store.LatestAsync("ws1", 2, 1);

        Assert.Equal((4L, 2L, 3L, (long?)T0, (long?)T0 + 30), (totals.Items, totals.Customers, totals.WithText, totals.FirstTicks, totals.LastTicks));
        Assert.Equal(new Dictionary<string, long> { ["review"] = 1, ["survey"] = 2, ["social"] = 1 }, totals.BySource);
        Assert.Equal(new Dictionary<string, long> { ["none"] = 2, ["nps"] = 1, ["csat"] = 1 }, totals.ByScoreType);
        Assert.Equal(4, await store.CountAsync("ws1"));
        Assert.Equal(["who am I", null], page.Select(f => f.Text));
        var empty = await store.TotalsAsync("nobody");
        Assert.Equal((0L, (long?)null), (empty.Items, empty.FirstTicks));
    }

    private static NewFeedback F(string? customer, string? text, string? id = null, long? ticks = null, double? score = null,
        string? scoreType = null, string source = "survey") =>
        new(id, customer, ticks ?? T0, null, null, scoreType ?? (score is null ? null : "csat"), score, text, source, false, null, null);

    private static async Task<List<StoredFeedback>> ReadAsync(IFeedbackStore store, string workspace, long after) =>
        await store.ReadSinceAsync(workspace, after).ToListAsync();

    private async Task<IFeedbackStore> NewStoreAsync(params string[] workspaces) =>
        FeedbackStoreFactory.Create(await Database.NewMigratedAsync(workspaces));
}

public sealed class SqliteFeedbackStoreTests() : FeedbackStoreTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedbackStoreTests(PostgresFixture postgres) : FeedbackStoreTests(new PostgresTestDatabase(postgres));
