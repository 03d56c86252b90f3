namespace Waymark.Server.Tests;

/// <summary>A fresh SQLite file per test, in the temp folder.</summary>
internal static class TempSqlite
{
    public static string NewConnectionString() =>
        $"Data Source={Path.Combine(Path.GetTempPath(), "waymark-api-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=false";
}
