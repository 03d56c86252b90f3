using Microsoft.Data.Sqlite;

namespace Waymark.Server.Tests;

/// <summary>A fresh SQLite file per test, in the temp folder, removed when its factory is disposed.</summary>
internal static class TempSqlite
{
    private const string Prefix = "waymark-api-";

    public static string NewConnectionString() =>
        $"Data Source={Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N") + ".db")};Pooling=false";

    /// <summary>Deletes the file behind a connection string made here; any other database is left alone.</summary>
    public static void Delete(string connectionString)
    {
        string path;
        try
        {
            path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return; // a PostgreSQL connection string
        }

        if (!Path.GetFileName(path).StartsWith(Prefix, StringComparison.Ordinal)
            || !string.Equals(Path.GetDirectoryName(path), Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
