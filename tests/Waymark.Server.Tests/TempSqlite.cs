using System.Collections.Concurrent;

namespace Waymark.Server.Tests;

/// <summary>
/// A fresh SQLite file per test, in the temp folder. The files are removed when the test run's process ends, not
/// when a factory is disposed: some tests restart the server on the same file, or run two factories over it.
/// </summary>
internal static class TempSqlite
{
    private static readonly ConcurrentQueue<string> Made = new();

    static TempSqlite()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
    }

    public static string NewConnectionString()
    {
        var path = Path.Combine(Path.GetTempPath(), "waymark-api-" + Guid.NewGuid().ToString("N") + ".db");
        Made.Enqueue(path);
        return $"Data Source={path};Pooling=false";
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
        }
    }
}
