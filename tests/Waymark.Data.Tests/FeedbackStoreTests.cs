using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.ClickHouse;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>
/// What every feedback store promises (IFeedbackStore), run on each: SQLite and PostgreSQL on a migrated database,
/// ClickHouse on a database of its own per test (ClickHouseFeedbackStoreTests).
/// </summary>
public abstract class FeedbackStoreTests : IDisposable
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private readonly List<IFeedbackStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            (store as IDisposable)?.Dispose();
        }

        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public async Task AppendAsync_RepeatedIds_SkipsRepeatsInBatchAndAcrossBatches()
    {
        var store = await NewStoreAsync("ws1");

        var first = await store.AppendAsync("ws1", [F("c1", "Great", "f1"), F("c1", "Great again", "f1"), F("c2", "Slow")]);
        var second = await store.AppendAsync("ws1", [F("c1", "Great", "f1"), F("c3", "Fine", "f2")]);

        Assert.Equal(new AppendResult(2, 1), first);
        Assert.Equal(new AppendResult(1, 1), second);
    }

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
    public async Task LastSequenceAsync_EmptyThenAppended_ZeroThenTheLastItemsSequenceOfThatWorkspaceOnly()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        Assert.Equal(0, await store.LastSequenceAsync("ws1"));
        await store.AppendAsync("ws1", [F("c1", "A"), F("c2", "B")]);
        var last = (await ReadAsync(store, "ws1", 0))[^1].Sequence;
        await store.AppendAsync("ws2", [F("c9", "elsewhere")]);

        Assert.Equal(last, await store.LastSequenceAsync("ws1"));
        Assert.Empty(await ReadAsync(store, "ws1", await store.LastSequenceAsync("ws1")));
    }

    [StoreTheory]
    [MemberData(nameof(EventStoreTests.HostileTexts), MemberType = typeof(EventStoreTests))]
    public async Task AppendAsync_HostileTextAndAwkwardScores_ComeBackExactly(string kind, string text)
    {
        var store = await NewStoreAsync("ws1");
        double[] scores = [0.1, 1e-5, -3.25, 1e300, 2.0 / 3];
        var items = scores.Select((score, i) => new NewFeedback("id " + text + i, "c " + text, T0 + i, "s " + text, "a " + text, "csat",
            score, text, "survey", i % 2 == 0, "en", $$"""{"note":"{{i}}"}""")).ToList();

        var first = await store.AppendAsync("ws1", items);
        var again = await store.AppendAsync("ws1", items);

        Assert.True(new AppendResult(5, 0) == first, kind);
        Assert.True(new AppendResult(0, 5) == again, kind);
        var read = await ReadAsync(store, "ws1", 0);
        Assert.Equal(items.Select(f => (f.FeedbackId, f.CustomerId, f.StepId, f.Activity, f.Score, f.Text, f.Solicited)),
            read.Select(f => ((string?)f.FeedbackId, f.CustomerId, f.StepId, f.Activity, f.Score, f.Text, f.Solicited)));
    }

    [StoreFact]
    public async Task AppendAsync_ASecondStoreOnTheSameData_ContinuesTheSequenceAndSeesEarlierIdsAsRepeats()
    {
        var (store, other) = await TwoStoresOnOneDatabaseAsync("ws1");
        await store.AppendAsync("ws1", [F("c1", "A", "f1"), F("c2", "B", "f2")]);

        var again = await other.AppendAsync("ws1", [F("c1", "A", "f1"), F("c3", "C", "f3")]);

        Assert.Equal(new AppendResult(1, 1), again);
        var read = await ReadAsync(other, "ws1", 0);
        Assert.Equal(["f1", "f2", "f3"], read.Select(f => f.FeedbackId));
        Assert.True(read[2].Sequence > read[1].Sequence);
    }

    /// <summary>A new store on empty storage holding the given workspaces.</summary>
    protected abstract Task<IFeedbackStore> CreateStoreAsync(string[] workspaces);

    /// <summary>Two stores (as two processes would have) on one new storage.</summary>
    protected abstract Task<(IFeedbackStore, IFeedbackStore)> CreateTwoStoresAsync(string[] workspaces);

    protected virtual void Dispose(bool disposing)
    {
    }

    [StoreFact]
    public async Task DeleteWorkspaceAsync_ThenSameWorkspaceAgain_StartsEmptyOldIdsCountAsNewOtherWorkspaceKept()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.AppendAsync("ws1", [F("c1", "Great", "f1"), F("c2", "Slow", "f2")]);
        await store.AppendAsync("ws2", [F("c9", "Fine", "f1")]);

        await store.DeleteWorkspaceAsync("ws1");
        var emptied = (await store.CountAsync("ws1"), await store.LastSequenceAsync("ws1"), await store.LatestAsync("ws1", 10, 0));
        var again = await store.AppendAsync("ws1", [F("c3", "Back again", "f1")]);

        Assert.Equal((0L, 0L), (emptied.Item1, emptied.Item2));
        Assert.Empty(emptied.Item3);
        Assert.Equal(new AppendResult(1, 0), again);
        Assert.Equal(["Back again"], (await ReadAsync(store, "ws1", 0)).Select(f => f.Text));
        Assert.Equal(["Fine"], (await ReadAsync(store, "ws2", 0)).Select(f => f.Text));
        Assert.Equal(new AppendResult(0, 1), await store.AppendAsync("ws2", [F("c9", "Fine", "f1")]));
    }

    private async Task<(IFeedbackStore, IFeedbackStore)> TwoStoresOnOneDatabaseAsync(params string[] workspaces)
    {
        var (one, two) = await CreateTwoStoresAsync(workspaces);
        _stores.Add(one);
        _stores.Add(two);
        return (one, two);
    }

    private static NewFeedback F(string? customer, string? text, string? id = null, long? ticks = null, double? score = null,
        string? scoreType = null, string source = "survey") =>
        new(id, customer, ticks ?? T0, null, null, scoreType ?? (score is null ? null : "csat"), score, text, source, false, null, null);

    private static async Task<List<StoredFeedback>> ReadAsync(IFeedbackStore store, string workspace, long after) =>
        await store.ReadSinceAsync(workspace, after).ToListAsync();

    private async Task<IFeedbackStore> NewStoreAsync(params string[] workspaces)
    {
        var store = await CreateStoreAsync(workspaces);
        _stores.Add(store);
        return store;
    }
}

/// <summary>The contract on a relational database (the workspaces are rows there, as the foreign keys want).</summary>
public abstract class RelationalFeedbackStoreTests(TestDatabase database) : FeedbackStoreTests
{
    protected override async Task<IFeedbackStore> CreateStoreAsync(string[] workspaces) =>
        FeedbackStoreFactory.Create(await database.NewMigratedAsync(workspaces));

    protected override async Task<(IFeedbackStore, IFeedbackStore)> CreateTwoStoresAsync(string[] workspaces)
    {
        var options = await database.NewMigratedAsync(workspaces);
        return (FeedbackStoreFactory.Create(options), FeedbackStoreFactory.Create(options));
    }

    protected override void Dispose(bool disposing) => database.Dispose();
}

public sealed class SqliteFeedbackStoreTests() : RelationalFeedbackStoreTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedbackStoreTests(PostgresFixture postgres) : RelationalFeedbackStoreTests(new PostgresTestDatabase(postgres));
