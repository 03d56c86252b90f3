using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Waymark.Data;

/// <summary>
/// This process's SQLite writers take turns here, first come first served, before they ask for SQLite's write lock.
/// SQLite's own wait is not a queue: a writer that finds the lock taken sleeps and retries (sleeps growing to 100 ms),
/// so a writer that asks again the moment it commits (the ingest group writer, busy at 1,000 events a second) can
/// keep the rule evaluator and the webhook dispatcher out for seconds. With one turn per file, each waits at most for
/// the writers queued before it. The busy timeout still covers writers outside the gate (other processes, rare API
/// writes). On PostgreSQL a turn is free: it has row locks and no single write lock.
/// </summary>
public sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);
    private static readonly IDisposable Free = new Turn(null);
    private readonly SemaphoreSlim _turn = new(1, 1); // async waiters are served in arrival order

    /// <summary>The gate of the SQLite file the connection string names (one per file in this process).</summary>
    public static SqliteWriteGate For(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return Gates.GetOrAdd(Path.GetFullPath(file), _ => new SqliteWriteGate());
    }

    /// <summary>Waits for this process's turn to write to the context's database; dispose the result to pass it on.</summary>
    public static Task<IDisposable> EnterAsync(DatabaseFacade database, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsSqlite() ? For(database.GetConnectionString()!).EnterAsync(ct) : Task.FromResult(Free);
    }

    /// <summary>Waits for the turn; dispose the result to pass it on.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct).ConfigureAwait(false);
        return new Turn(_turn);
    }

    private sealed class Turn(SemaphoreSlim? turn) : IDisposable
    {
        private SemaphoreSlim? _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
