namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The database of a fuzz run. SQLite: a fresh file in memory-backed /dev/shm when the machine has it, as the suite
/// checks what is stored and answered, not durability, and thousands of small commits would otherwise wait on the
/// disk. PostgreSQL: the run's database with connection pooling.
/// </summary>
internal static class FuzzDatabase
{
    public static string NewSqlite()
    {
        var folder = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        return $"Data Source={Path.Combine(folder, "waymark-fuzz-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=true";
    }

    /// <summary>
    /// The test server's PostgreSQL connection string with pooling on (the test server's strings pool too, ADR 049): a
    /// fresh backend per request would make each of thousands of cases cost tens of milliseconds. Release it with
    /// <see cref="ReleasePostgres"/>.
    /// </summary>
    public static string Pooled(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString;

    /// <summary>Closes the pool's idle connections to the run's database.</summary>
    public static void ReleasePostgres(string connectionString)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        Npgsql.NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Deletes a file <see cref="NewSqlite"/> named (memory, when in /dev/shm); other connection strings are left alone.</summary>
    public static void Delete(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (Path.GetFileName(file).StartsWith("waymark-fuzz-", StringComparison.Ordinal))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(connectionString));
            Array.ForEach(["", "-wal", "-shm"], suffix => File.Delete(file + suffix));
        }
    }
}
