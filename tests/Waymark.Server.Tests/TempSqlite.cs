using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;

namespace Waymark.Server.Tests;

/// <summary>
/// A fresh SQLite file per test, in the temp folder. The files are removed when the test run's process ends, not
/// when a factory is disposed: some tests restart the server on the same file, or run two factories over it.
/// </summary>
internal static class TempSqlite
{
    private static readonly ConcurrentQueue<string> Made = new();
    private static readonly Lazy<string> Template = new(MigrateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    static TempSqlite()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
    }

    public static string NewConnectionString() => $"Data Source={NewPath()}";

    /// <summary>
    /// A fresh file with every migration applied: a copy of one file this process migrated once, so the app's own
    /// Migrate() finds nothing to do (ADR 049). Tests of a first start on an empty file use NewConnectionString.
    /// </summary>
    public static string NewMigratedConnectionString()
    {
        var path = NewPath();
        File.Copy(Template.Value, path);
        return $"Data Source={path}";
    }

    private static string NewPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "waymark-api-" + Guid.NewGuid().ToString("N") + ".db");
        Made.Enqueue(path);
        return path;
    }

    private static string MigrateTemplate()
    {
        var path = NewPath();
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=false" };
        using (var context = WaymarkContextFactory.Create(options))
        {
            context.Database.Migrate();
        }

        // Closing the last connection checkpoints the write-ahead log into the file and removes it, so the one
        // file holds the whole schema; journal_mode=WAL stays recorded in it for the copies.
        if (File.Exists(path + "-wal"))
        {
            throw new InvalidOperationException($"the template {path} kept its write-ahead log; a copy would miss part of the schema");
        }

        return path;
    }

    private static void DeleteAll()
    {
        while (Made.TryDequeue(out var path))
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Still open somewhere at exit: the temp folder's own clean-up takes it.
                }
                catch (UnauthorizedAccessException)
                {
                    // As above.
                }
            }

            // The event log snapshots a server keeps beside its database (ADR 059), when a test read enough rows.
            try
            {
                if (Directory.Exists(path + "-snapshots"))
                {
                    Directory.Delete(path + "-snapshots", recursive: true);
                }
            }
            catch (IOException)
            {
                // Being written at exit: the temp folder's own clean-up takes it.
            }
        }
    }
}
