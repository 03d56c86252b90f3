using Waymark.Data.EventStores;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.ClickHouse;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>
/// What every event store promises (IEventStore), run on each: SQLite and PostgreSQL on a migrated database, ClickHouse
/// on a database of its own per test (ClickHouseEventStoreTests).
/// </summary>
public abstract class EventStoreTests : IDisposable
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private readonly List<IEventStore> _stores = [];

    /// <summary>Text that must come back exactly as it went in, one kind of trouble each.</summary>
    public static TheoryData<string, string> HostileTexts => new()
    {
        { "quotes", "it's \"quoted\" '' x' OR '1'='1" },
        { "backslashes", "C:\\temp\\N \\N \\\\ \\t \\' end\\" },
        { "tabs", "a\tb\t\tc\t" },
        { "newlines", "line 1\nline 2\r\nline 3\r" },
        { "unicode", "Ünïcødé 日本語 😀 \u200B\u00A0 مرحبا" },
        { "script tags", "<script>alert('x')</script><img src=x onerror=alert(1)>" },
        { "null marker", "\\N" },
        { "empty", "" },
    };

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            (store as IDisposable)?.Dispose();
        }

        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [StoreTheory]
    [MemberData(nameof(HostileTexts))]
    public async Task AppendAsync_HostileText_ComesBackExactlyAndItsIdRepeats(string kind, string text)
    {
        var store = await NewStoreAsync("ws1");
        var properties = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["note"] = text });
        var stored = new NewEvent("id " + text, "c " + text, T0, "a " + text, "ch " + text, properties);

        var first = await store.AppendAsync(K("ws1"), [stored]);
        var again = await store.AppendAsync(K("ws1"), [stored]);
        await store.SetAttributesAsync(K("ws1"), [new("c " + text, "k " + text, text)]);

        Assert.True(new AppendResult(1, 0) == first, kind);
        Assert.True(new AppendResult(0, 1) == again, kind);
        var read = Assert.Single(await ReadAsync(store, "ws1", 0));
        Assert.Equal(("c " + text, "a " + text, "ch " + text, properties), (read.CustomerId, read.Activity, read.Channel, read.Properties));
        Assert.Equal([new ActivityCount("a " + text, 1, 1)], await store.ActivitiesAsync(K("ws1")));
        Assert.Equal([new CustomerAttribute("c " + text, "k " + text, text)], await store.ReadAttributesAsync(K("ws1")).ToListAsync());
        Assert.Equal([("c " + text, "k " + text, text)], (await ReadAttributesAsync(store, "ws1", 0)).Select(a => (a.CustomerId, a.Key, a.Value)));
    }

    [StoreFact]
    public async Task AppendAsync_EmptyBatch_StoresNothing()
    {
        var store = await NewStoreAsync("ws1");

        var result = await store.AppendAsync(K("ws1"), []);

        Assert.Equal(new AppendResult(0, 0), result);
        Assert.False(await store.HasDataAsync(K("ws1")));
    }

    [StoreFact]
    public async Task AppendAsync_RepeatedIds_SkipsRepeatsInBatchAndAcrossBatches()
    {
        var store = await NewStoreAsync("ws1");

        var first = await store.AppendAsync(K("ws1"), [E("c1", "Visited", "e1"), E("c1", "Visited", "e1"), E("c1", "Bought"), E("c2", "Bought")]);
        var second = await store.AppendAsync(K("ws1"), [E("c1", "Visited", "e1"), E("c3", "Visited", "e2")]);

        Assert.Equal(new AppendResult(3, 1), first);
        Assert.Equal(new AppendResult(1, 1), second);
    }

    [StoreFact]
    public async Task LastSequenceAsync_EmptyThenAppended_TheLastSequenceOfThatSourceOnly()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        Assert.Equal(0, await store.LastSequenceAsync(K("ws1")));
        await store.AppendAsync(K("ws1"), [E("c1", "A"), E("c2", "B")]);
        var last = (await ReadAsync(store, "ws1", 0))[^1].Sequence;
        await store.AppendAsync(K("ws2"), [E("c9", "Z")]);

        Assert.Equal(last, await store.LastSequenceAsync(K("ws1")));
        Assert.Empty(await ReadAsync(store, "ws1", await store.LastSequenceAsync(K("ws1"))));
    }

    [StoreFact]
    public async Task AppendAsync_SameIdInOtherWorkspace_IsStored()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.AppendAsync(K("ws1"), [E("c1", "Visited", "e1")]);

        var other = await store.AppendAsync(K("ws2"), [E("c1", "Visited", "e1")]);

        Assert.Equal(new AppendResult(1, 0), other);
    }

    [StoreFact]
    public async Task ReadSinceAsync_AfterSequence_ReturnsOnlyLaterRowsOfWorkspaceInOrder()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.AppendAsync(K("ws1"), [E("c1", "A"), E("c2", "B")]);
        var all = await ReadAsync(store, "ws1", 0);
        await store.AppendAsync(K("ws2"), [E("c9", "Z")]);
        await store.AppendAsync(K("ws1"), [new NewEvent(null, "c3", T0 + 5, "C", "web", """{"plan":"pro"}""")]);

        var later = await ReadAsync(store, "ws1", all[^1].Sequence);

        Assert.Equal(["A", "B"], all.Select(e => e.Activity));
        var only = Assert.Single(later);
        Assert.True(only.Sequence > all[^1].Sequence);
        Assert.Equal(new StoredEvent(only.Sequence, "c3", T0 + 5, "C", "web", """{"plan":"pro"}"""), only);
    }

    [StoreFact]
    public async Task ActivitiesAsync_Events_CountsEventsAndCustomersMostEventsFirst()
    {
        var store = await NewStoreAsync("ws1");
        await store.AppendAsync(K("ws1"), [E("c1", "A"), E("c1", "B"), E("c1", "B"), E("c2", "B"), E("c2", "A")]);

        var activities = await store.ActivitiesAsync(K("ws1"));

        Assert.Equal([new ActivityCount("B", 3, 2), new ActivityCount("A", 2, 2)], activities);
    }

    [StoreFact]
    public async Task SetAttributesAsync_SameKeyAgain_LastValueWins()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "free"), new("c1", "region", "EU"), new("c1", "plan", "trial")]);
        await store.SetAttributesAsync(K("ws2"), [new("c1", "plan", "other")]);

        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "pro"), new("c2", "plan", "free")]);

        var rows = await store.ReadAttributesAsync(K("ws1")).ToListAsync();

        Assert.Equal([new("c1", "plan", "pro"), new("c1", "region", "EU"), new CustomerAttribute("c2", "plan", "free")], rows);
    }

    [StoreFact]
    public async Task ReadAttributesSinceAsync_AfterSequence_ReturnsOnlyLaterWritesOfWorkspace()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "free"), new("c2", "plan", "free")]);
        var first = await ReadAttributesAsync(store, "ws1", 0);
        await store.SetAttributesAsync(K("ws2"), [new("c1", "plan", "other")]);

        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "pro"), new("c3", "region", "EU")]);
        var later = await ReadAttributesAsync(store, "ws1", first[^1].Sequence);

        Assert.Equal([("c1", "plan", "free"), ("c2", "plan", "free")], first.Select(a => (a.CustomerId, a.Key, a.Value)));
        Assert.Single(first.Select(a => a.Sequence).Distinct());
        Assert.Equal([("c1", "plan", "pro"), ("c3", "region", "EU")], later.Select(a => (a.CustomerId, a.Key, a.Value)));
        Assert.All(later, a => Assert.True(a.Sequence > first[^1].Sequence));
        Assert.Empty(await ReadAttributesAsync(store, "ws1", later[^1].Sequence));
    }

    [StoreFact]
    public async Task AppendAsync_TwoSourcesOfOneWorkspace_KeepIdsCustomersAndAttributesApart()
    {
        var store = await NewStoreAsync("ws1");
        var (shop, trial) = (new EventSourceKey("ws1", "shop"), new EventSourceKey("ws1", "trial"));

        await store.AppendAsync(shop, [E("c1", "Visited", "e1"), E("c1", "Bought")]);
        var sameId = await store.AppendAsync(trial, [E("c1", "Visited", "e1")]);
        await store.SetAttributesAsync(shop, [new("c1", "plan", "shop")]);
        await store.SetAttributesAsync(trial, [new("c1", "plan", "trial")]);

        Assert.Equal(new AppendResult(1, 0), sameId);
        Assert.Equal(["Visited", "Bought"], (await store.ReadSinceAsync(shop, 0).ToListAsync()).Select(e => e.Activity));
        Assert.Equal(["Visited"], (await store.ReadSinceAsync(trial, 0).ToListAsync()).Select(e => e.Activity));
        Assert.Equal([new CustomerAttribute("c1", "plan", "shop")], await store.ReadAttributesAsync(shop).ToListAsync());
        Assert.Equal([new CustomerAttribute("c1", "plan", "trial")], await store.ReadAttributesAsync(trial).ToListAsync());
        Assert.Equal([("Visited", 1L)], (await store.ActivitiesAsync(trial)).Select(a => (a.Name, a.Events)));
    }

    [StoreFact]
    public async Task HasDataAsync_EventsOrAttributesOnly_TellsASourceWithData()
    {
        var store = await NewStoreAsync("ws1");
        await store.AppendAsync(K("ws1"), [E("c1", "Visited")]);
        await store.SetAttributesAsync(new EventSourceKey("ws1", "attributes-only"), [new("c1", "plan", "free")]);

        Assert.True(await store.HasDataAsync(K("ws1")));
        Assert.True(await store.HasDataAsync(new EventSourceKey("ws1", "attributes-only")));
        Assert.False(await store.HasDataAsync(new EventSourceKey("ws1", "empty")));
    }

    [StoreFact]
    public async Task DeleteWorkspaceAsync_RowsInTwoSources_GoneThereAndOtherWorkspaceKept()
    {
        var store = await NewStoreAsync("ws1", "ws2");
        var trial = new EventSourceKey("ws1", "trial");
        await store.AppendAsync(K("ws1"), [E("c1", "Visited", "e1"), E("c2", "Bought", "e2")]);
        await store.AppendAsync(trial, [E("c1", "Visited", "e1")]);
        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "pro")]);
        await store.SetAttributesAsync(trial, [new("c1", "plan", "trial")]);
        await store.AppendAsync(K("ws2"), [E("c9", "Visited", "e1")]);
        await store.SetAttributesAsync(K("ws2"), [new("c9", "plan", "free")]);

        await store.DeleteWorkspaceAsync("ws1");

        Assert.False(await store.HasDataAsync(K("ws1")));
        Assert.False(await store.HasDataAsync(trial));
        Assert.Empty(await ReadAsync(store, "ws1", 0));
        Assert.Empty(await ReadAttributesAsync(store, "ws1", -1));
        Assert.Empty(await store.ActivitiesAsync(trial));
        Assert.Equal(0, await store.LastSequenceAsync(K("ws1")));
        Assert.Equal(["c9"], (await ReadAsync(store, "ws2", 0)).Select(e => e.CustomerId));
        Assert.Equal([new CustomerAttribute("c9", "plan", "free")], await store.ReadAttributesAsync(K("ws2")).ToListAsync());
        Assert.Equal(new AppendResult(0, 1), await store.AppendAsync(K("ws2"), [E("c9", "Visited", "e1")]));
    }

    [StoreFact]
    public async Task DeleteWorkspaceAsync_ThenSameWorkspaceAgain_StartsEmptyAndOldIdsCountAsNew()
    {
        var store = await NewStoreAsync("ws1");
        await store.AppendAsync(K("ws1"), [E("c1", "Visited", "e1"), E("c1", "Bought", "e2")]);
        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "pro")]);

        await store.DeleteWorkspaceAsync("ws1");
        var again = await store.AppendAsync(K("ws1"), [E("c2", "Visited", "e1")]);

        Assert.Equal(new AppendResult(1, 0), again);
        Assert.Equal([("c2", "Visited")], (await ReadAsync(store, "ws1", 0)).Select(e => (e.CustomerId, e.Activity)));
        Assert.Equal([new ActivityCount("Visited", 1, 1)], await store.ActivitiesAsync(K("ws1")));
        Assert.Empty(await store.ReadAttributesAsync(K("ws1")).ToListAsync());
    }

    /// <summary>The default source a workspace's rows move to (the migration's and the server's fixed id).</summary>
    protected static EventSourceKey K(string workspace) => new(workspace, "src_" + workspace);

    protected static NewEvent E(string customer, string activity, string? id = null) => new(id, customer, T0, activity, null, null);

    private static async Task<List<StoredAttribute>> ReadAttributesAsync(IEventStore store, string workspace, long after) =>
        await store.ReadAttributesSinceAsync(K(workspace), after).ToListAsync();

    private static async Task<List<StoredEvent>> ReadAsync(IEventStore store, string workspace, long after) =>
        await store.ReadSinceAsync(K(workspace), after).ToListAsync();

    /// <summary>A new store on empty storage holding the given workspaces.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync(string[] workspaces);

    protected virtual void Dispose(bool disposing)
    {
    }

    protected async Task<IEventStore> NewStoreAsync(params string[] workspaces)
    {
        var store = await CreateStoreAsync(workspaces);
        _stores.Add(store);
        return store;
    }
}

/// <summary>The contract on a relational database (the workspaces are rows there, as the foreign keys want).</summary>
public abstract class RelationalEventStoreTests(TestDatabase database) : EventStoreTests
{
    protected override async Task<IEventStore> CreateStoreAsync(string[] workspaces) =>
        EventStoreFactory.Create(await database.NewMigratedAsync(workspaces));

    protected override void Dispose(bool disposing) => database.Dispose();

    [Fact]
    public async Task FingerprintAsync_RowsUpToTheCursorsUnchanged_SameTextAsLaterRowsArrive()
    {
        var store = await NewStoreAsync("ws1");
        var fingerprints = (IEventStoreFingerprint)store;
        await store.AppendAsync(K("ws1"), [E("c1", "Visited"), E("c2", "Visited")]);
        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "free")]);
        var (last, lastAttribute) = await CursorsAsync(store, "ws1");
        var before = await fingerprints.FingerprintAsync(K("ws1"), last, lastAttribute);

        await store.AppendAsync(K("ws1"), [E("c3", "Bought")]);
        await store.SetAttributesAsync(K("ws1"), [new("c1", "plan", "pro")]);
        var after = await fingerprints.FingerprintAsync(K("ws1"), last, lastAttribute);

        Assert.NotNull(before);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task FingerprintAsync_OtherRowsAtTheSameSequences_DiffersOrNull()
    {
        var one = await NewStoreAsync("ws1");
        var other = await NewStoreAsync("ws1");
        await one.AppendAsync(K("ws1"), [E("c1", "Visited"), E("c2", "Visited")]);
        await other.AppendAsync(K("ws1"), [E("c1", "Visited"), E("c2", "Bought")]);
        var (last, lastAttribute) = await CursorsAsync(one, "ws1");

        var first = await ((IEventStoreFingerprint)one).FingerprintAsync(K("ws1"), last, lastAttribute);
        var second = await ((IEventStoreFingerprint)other).FingerprintAsync(K("ws1"), last, lastAttribute);

        Assert.NotNull(first);
        Assert.NotEqual(first, second);
        Assert.Null(await ((IEventStoreFingerprint)one).FingerprintAsync(K("ws1"), last + 1, lastAttribute)); // no such event
        Assert.Null(await ((IEventStoreFingerprint)one).FingerprintAsync(K("ws1"), last, 5)); // attribute writes it never had
        Assert.Null(await ((IEventStoreFingerprint)one).FingerprintAsync(new EventSourceKey("ws1", "other"), last, lastAttribute));
    }

    private static async Task<(long Events, long Attributes)> CursorsAsync(IEventStore store, string workspace)
    {
        var events = await store.ReadSinceAsync(K(workspace), 0).ToListAsync();
        var attributes = await store.ReadAttributesSinceAsync(K(workspace), -1).ToListAsync();
        return (events[^1].Sequence, attributes.Count == 0 ? -1 : attributes[^1].Sequence);
    }
}

public sealed class SqliteEventStoreTests() : RelationalEventStoreTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventStoreTests(PostgresFixture postgres) : RelationalEventStoreTests(new PostgresTestDatabase(postgres));
