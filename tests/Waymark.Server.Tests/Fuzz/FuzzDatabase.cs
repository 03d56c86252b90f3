namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The database of a fuzz run. SQLite: a fresh file in memory-backed /dev/shm when the machine has it, as the suite
/// checks what is stored and answered, not durability, and thousands of small commits would otherwise wait on the
/// disk. Both pool their connections, as every test server's do, and the app's factory releases the pool (ADR 049).
/// </summary>
internal static class FuzzDatabase
{
    public static string NewSqlite()
    {
        var folder = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        return $"Data Source={Path.Combine(folder, "waymark-fuzz-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=true";
    }

    /// <summary>Deletes a file <see cref="NewSqlite"/> named (memory, when in /dev/shm); other connection strings are left alone.</summary>
    public static void Delete(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (Path.GetFileName(file).StartsWith("waymark-fuzz-", StringComparison.Ordinal))
        {
            Array.ForEach(["", "-wal", "-shm"], suffix => File.Delete(file + suffix));
        }
    }
}
