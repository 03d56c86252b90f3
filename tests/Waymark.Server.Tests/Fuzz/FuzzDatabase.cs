namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// A fresh SQLite file for a fuzz run, in memory-backed /dev/shm when the machine has it: the suite checks what is
/// stored and answered, not durability, and thousands of small commits would otherwise wait on the disk.
/// </summary>
internal static class FuzzDatabase
{
    public static string NewSqlite()
    {
        var folder = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        return $"Data Source={Path.Combine(folder, "waymark-fuzz-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=false";
    }
}
