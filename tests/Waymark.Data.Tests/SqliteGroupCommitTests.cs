using Microsoft.Data.Sqlite;
using Waymark.Data.EventStores;
using Waymark.Data.Tests.Databases;
using Waymark.Testing;

namespace Waymark.Data.Tests;

/// <summary>
/// SQLite group commit: appends that arrive while a commit is under way (here: while another connection holds the
/// write lock) share the next transaction, each with its own counts, and each task completes only after that commit.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private const int Batches = 8;
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task AppendAsync_BatchesQueuedBehindTheLock_ShareOneCommitAndCountARepeatOnce()
    {
        var (store, options) = await NewStoreAsync("ws1");
        Task<AppendResult>[] appends;
        await using (var holder = await HoldWriteLockAsync(options))
        {
            var first = store.AppendAsync(K("ws1"), [E("c0", "id-0")]);
            await GroupWriterWait.UntilAsync(() => store.Waiting == 0); // taken: the writer waits for the lock with it alone
            var rest = Enumerable.Range(1, Batches - 1).Select(b => store.AppendAsync(K("ws1"),
                b == 2 ? [E("c2", "id-2"), E("c2", "shared")] : b == 3 ? [E("c3", "shared"), E("c3", "id-3")] : [E($"c{b}", $"id-{b}")])).ToArray();
            await GroupWriterWait.UntilAsync(() => store.Waiting == Batches - 1);
            Assert.All(rest, t => Assert.False(t.IsCompleted)); // nothing answers before its commit
            appends = [first, .. rest];
        }

        var results = await Task.WhenAll(appends);

        Assert.Equal(2, store.Commits); // the first batch alone, then the seven that queued behind it together
        Assert.Equal(new AppendResult(2, 0), results[2]);
        Assert.Equal(new AppendResult(1, 1), results[3]); // "shared" was stored by batch 2 of the same group
        Assert.Equal(Batches + 1, results.Sum(r => r.Appended));
        var stored = await store.ReadSinceAsync(K("ws1"), 0).ToListAsync();
        Assert.Equal(Batches + 1, stored.Count);
        Assert.Equal(["c0", "c1", "c2", "c2", "c3", "c4", "c5", "c6", "c7"], stored.Select(e => e.CustomerId)); // arrival order
    }

    [Fact]
    public async Task AppendAsync_OneBatchOfAGroupFails_TheOthersStillCommit()
    {
        var (store, options) = await NewStoreAsync("ws1");
        Task<AppendResult>[] appends;
        await using (var holder = await HoldWriteLockAsync(options))
        {
            var first = store.AppendAsync(K("ws1"), [E("c0", "id-0")]);
            await GroupWriterWait.UntilAsync(() => store.Waiting == 0);
            appends = [first, store.AppendAsync(K("ws1"), [E("c1", "id-1")]), store.AppendAsync(K("gone"), [E("c2", "id-2")]),
                store.AppendAsync(K("ws1"), [E("c3", "id-3")])];
            await GroupWriterWait.UntilAsync(() => store.Waiting == 3);
        }

        await Assert.ThrowsAsync<SqliteException>(() => appends[2]); // its workspace does not exist: the foreign key
        Assert.Equal(new AppendResult(1, 0), await appends[1]);
        Assert.Equal(new AppendResult(1, 0), await appends[3]);
        Assert.Equal(["c0", "c1", "c3"], (await store.ReadSinceAsync(K("ws1"), 0).ToListAsync()).Select(e => e.CustomerId));
    }

    [Fact]
    public async Task AppendAsync_CancelledWhileQueued_IsNotStored()
    {
        var (store, options) = await NewStoreAsync("ws1");
        using var cancel = new CancellationTokenSource();
        Task<AppendResult> first, dropped;
        await using (var holder = await HoldWriteLockAsync(options))
        {
            first = store.AppendAsync(K("ws1"), [E("c0", "id-0")]);
            await GroupWriterWait.UntilAsync(() => store.Waiting == 0);
            dropped = store.AppendAsync(K("ws1"), [E("c1", "id-1")], cancel.Token);
            await cancel.CancelAsync();
        }

        await first;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropped);
        Assert.Equal(["c0"], (await store.ReadSinceAsync(K("ws1"), 0).ToListAsync()).Select(e => e.CustomerId));
    }

    [Fact]
    public async Task AppendAsync_AnotherWriterOfThisProcessHasTheTurn_WaitsForItThenTakesItsTurnInOrder()
    {
        var (store, options) = await NewStoreAsync("ws1");
        var gate = SqliteWriteGate.For(options.ConnectionString);
        Task<IDisposable> next;
        Task<AppendResult> append;
        using (await gate.EnterAsync(CancellationToken.None)) // the evaluator or the dispatcher, say
        {
            append = store.AppendAsync(K("ws1"), [E("c0", "id-0")]);
            await Task.Delay(300);
            Assert.False(append.IsCompleted); // waits for the turn, not in SQLite's busy handler
            next = gate.EnterAsync(CancellationToken.None); // a writer that came after the append
        }

        Assert.Equal(new AppendResult(1, 0), await append); // the append's turn came first
        Task<AppendResult> later;
        using (await next)
        {
            later = store.AppendAsync(K("ws1"), [E("c1", "id-1")]);
            await Task.Delay(300);
            Assert.False(later.IsCompleted); // the group writer asks again, behind the writer now holding the turn
        }

        Assert.Equal(new AppendResult(1, 0), await later);
    }

    public void Dispose() => _database.Dispose();

    private async Task<(SqliteEventStore Store, DatabaseOptions Options)> NewStoreAsync(params string[] workspaces)
    {
        var options = await _database.NewMigratedAsync(workspaces);
        return ((SqliteEventStore)EventStoreFactory.Create(options), options);
    }

    /// <summary>Another connection's immediate transaction: the store's writer waits for SQLite's write lock until it ends.</summary>
    private static async Task<WriteLock> HoldWriteLockAsync(DatabaseOptions options)
    {
        var connection = await SqliteDurability.OpenAsync(options.ConnectionString, CancellationToken.None);
        return new WriteLock(connection, (SqliteTransaction)await connection.BeginTransactionAsync());
    }

    private static EventSourceKey K(string workspace) => new(workspace, "src_" + workspace);

    private static NewEvent E(string customer, string id) => new(id, customer, T0, "Visited", null, null);

    /// <summary>Holds the write lock until disposed (rolled back, connection closed).</summary>
    private sealed class WriteLock(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
