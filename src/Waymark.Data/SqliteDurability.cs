using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Waymark.Data;

/// <summary>
/// How every SQLite connection Waymark opens is set up: EF's (through <see cref="SqliteDurabilityInterceptor"/>), the
/// event store's and the feedback store's (through <see cref="OpenAsync"/>). Write-ahead log with synchronous=FULL:
/// each commit appends to the log and fsyncs it before it returns, so a write acknowledged after its commit survives a
/// process kill and a power loss; readers do not block the writer, and a commit costs one fsync (docs/adr/005).
/// </summary>
public static class SqliteDurability
{
    /// <summary>
    /// journal_mode is kept in the file (the first connection switches it, later ones find it set); synchronous
    /// belongs to the connection, so every open sets it. Neither may run inside a transaction, so both run on open.
    /// busy_timeout (also the connection's) makes a writer that finds the write lock taken wait inside SQLite, which
    /// retries within a few milliseconds of the lock's release; without it Microsoft.Data.Sqlite retries the command
    /// after sleeping 150 ms each time, a tail of 150 ms and more for every write that met another (docs/adr/050).
    /// </summary>
    public static readonly string Pragmas =
        string.Create(CultureInfo.InvariantCulture, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {BusyTimeoutMs};");

    /// <summary>How long a writer waits for SQLite's write lock before the command fails: Microsoft.Data.Sqlite's own default command timeout.</summary>
    public const int BusyTimeoutMs = 30_000;

    /// <summary>Opens a raw connection (foreign keys on, as EF's are) with the durability settings.</summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString());
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await ApplyAsync(connection, ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static void Apply(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
