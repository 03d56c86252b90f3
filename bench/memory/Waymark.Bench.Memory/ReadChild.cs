using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Bench.ClickHouse;
using Waymark.Data.EventStores;

namespace Waymark.Bench.Memory;

/// <summary>
/// One measurement, in a process of its own: the stored log read as the server's log cache reads it (one
/// <see cref="IncrementalEventLog"/> update fed by ReadSinceAsync, committed, its memory given back by
/// <see cref="LogMemory.ReleaseAfterRead"/>), then the process's resident memory and
/// managed heap before and after, each after a full blocking collection (the large object heap is not compacted:
/// a server never asks for that).
/// </summary>
internal static class ReadChild
{
    /// <summary>What a child measured, in bytes; "before" is the process with the store opened and nothing read.</summary>
    public sealed record Measured(
        int Events, int Customers, double ReadSeconds, double ReleaseMs, bool ServerGc, string LatencyMode,
        long HeapBefore, long HeapAfter, long ResidentBefore, long ResidentAfterRead, long ResidentAfter, long PeakResident,
        long CommittedAfter, long FragmentedAfter);

    /// <summary>Runs `read path` in a child process (with this process's environment, so DOTNET_ GC settings pass on).</summary>
    public static async Task<Measured> InChildAsync(string database)
    {
        var info = new ProcessStartInfo("dotnet", [typeof(ReadChild).Assembly.Location, "read", database])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using var child = Process.Start(info)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return child.ExitCode == 0
            ? JsonSerializer.Deserialize<Measured>(output)!
            : throw new InvalidOperationException($"the reading process failed (exit {child.ExitCode}): {output}");
    }

    public static async Task<int> MainAsync(string database)
    {
        var store = EventStoreFactory.Create(StoredLog.Options(database));
        await foreach (var e in store.ReadSinceAsync(StoredLog.Source, long.MaxValue - 1))
        {
            GC.KeepAlive(e); // none: opens the connection and loads the reader's code, so "before" holds them
        }

        var heapBefore = Collect();
        var residentBefore = ProcessMemory.Self().ResidentBytes;
        var watch = Stopwatch.StartNew();
        var (log, rows) = await ReadAsync(store);
        var seconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        LogMemory.ReleaseAfterRead(rows); // as the cache does after a refresh
        var releaseMs = watch.Elapsed.TotalMilliseconds;
        var residentAfterRead = ProcessMemory.Self().ResidentBytes;
        var heapAfter = Collect();
        var after = ProcessMemory.Self();
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Console.Write(JsonSerializer.Serialize(new Measured(
            log.EventCount, log.CustomerCount, seconds, releaseMs, GCSettings.IsServerGC, GCSettings.LatencyMode.ToString(),
            heapBefore, heapAfter, residentBefore, residentAfterRead, after.ResidentBytes, after.PeakBytes,
            info.TotalCommittedBytes, info.FragmentedBytes)));
        GC.KeepAlive(log);
        return 0;
    }

    /// <summary>A full blocking, compacting collection (twice, so finalized objects go too); the heap's size after it.</summary>
    private static long Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>As EventLogCache.RefreshAsync reads a source from the start.</summary>
    private static async Task<(EventLog Log, long Rows)> ReadAsync(IEventStore store)
    {
        var log = new IncrementalEventLog();
        var update = log.BeginUpdate();
        long rows = 0;
        await foreach (var e in store.ReadSinceAsync(StoredLog.Source, 0))
        {
            update.AddEvent(e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties);
            rows++;
        }

        await foreach (var a in store.ReadAttributesSinceAsync(StoredLog.Source, 0))
        {
            update.SetAttribute(a.CustomerId, a.Key, a.Value);
            rows++;
        }

        return (update.Commit(), rows);
    }
}
