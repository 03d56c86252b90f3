using System.Diagnostics;
using EventLog = Waymark.Analytics.Events.EventLog;
using System.Text.Json;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Bench.ClickHouse;

/// <summary>
/// The in-memory engine's side, run in a child process of its own (so its memory is only the engine's): the source
/// read from the ClickHouse event store into an <see cref="EventLog"/> as the server's cache does
/// (<see cref="IncrementalEventLog"/> fed by ReadSinceAsync), its resident bytes per event, then every case timed.
/// </summary>
internal static class EngineRun
{
    /// <summary>What the child is told (a JSON file): where the events are and how often to repeat.</summary>
    public sealed record Spec(ClickHouseOptions ClickHouse, string SourceId, int Repeats, string Output);

    /// <summary>What the child answers: the read, the memory, and per case the times, DuckDB-comparable figures and the whole result as JSON.</summary>
    public sealed record Answer(
        long Events, int Customers, double ReadSeconds, int ColumnBytesPerEvent, double HeapBytesPerEvent, double ResidentBytesPerEvent,
        long PeakResidentBytes, Dictionary<string, CaseAnswer> Cases);

    public sealed record CaseAnswer(double BestMs, double MedianMs, List<string> Figures, string Json);

    /// <summary>Starts this program again as `engine spec.json` and reads its answer.</summary>
    public static async Task<Answer> InChildAsync(ClickHouseTarget target, string sourceId, int repeats)
    {
        var spec = Path.Combine(Path.GetTempPath(), "waymark-bench-engine-" + Guid.NewGuid().ToString("N") + ".json");
        var output = spec + ".out";
        try
        {
            await File.WriteAllTextAsync(spec, JsonSerializer.Serialize(new Spec(target.Options(), sourceId, repeats, output)));
            var info = new ProcessStartInfo("dotnet", [typeof(EngineRun).Assembly.Location, "engine", spec]) { UseShellExecute = false };
            using var child = Process.Start(info)!;
            await child.WaitForExitAsync();
            return child.ExitCode == 0
                ? JsonSerializer.Deserialize<Answer>(await File.ReadAllTextAsync(output))!
                : throw new InvalidOperationException($"the engine's process failed (exit {child.ExitCode})");
        }
        finally
        {
            File.Delete(spec);
            File.Delete(output);
        }
    }

    /// <summary>The child's work.</summary>
    public static async Task<int> MainAsync(string specPath)
    {
        var spec = JsonSerializer.Deserialize<Spec>(await File.ReadAllTextAsync(specPath))!;
        using var store = (ClickHouseEventStore)EventStoreFactory.Create(
            new DatabaseOptions(), new EventStoreOptions { Store = EventStoreKind.ClickHouse, ClickHouse = spec.ClickHouse });
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = ProcessMemory.Self().ResidentBytes;
        var watch = Stopwatch.StartNew();
        var log = await ReadAsync(store, new EventSourceKey("demo", spec.SourceId));
        var read = watch.Elapsed.TotalSeconds;
        var heap = GC.GetTotalMemory(forceFullCollection: true) - before;
        var resident = ProcessMemory.Self().ResidentBytes - rssBefore;
        Console.WriteLine($"[engine] read {log.EventCount:N0} events of {log.CustomerCount:N0} customers in {read:F1} s; log {heap / (double)log.EventCount:F1} B/event on the heap");

        var analyses = new InMemoryAnalyses(log);
        var cases = new Dictionary<string, CaseAnswer>();
        foreach (var c in BenchCases.All)
        {
            var timing = await Timing.RunAsync(() => c.InMemory(log, analyses), spec.Repeats);
            Console.WriteLine($"[engine] {c.Key}: best {timing.BestMs:F1} ms, median {timing.MedianMs:F1} ms");
            cases[c.Key] = new CaseAnswer(timing.BestMs, timing.MedianMs, BenchCases.Figures(timing.Result), Json(timing.Result));
        }

        var answer = new Answer(log.EventCount, log.CustomerCount, read, log.BytesPerEvent, heap / (double)log.EventCount,
            resident / (double)log.EventCount, ProcessMemory.Self().PeakBytes, cases);
        await File.WriteAllTextAsync(spec.Output, JsonSerializer.Serialize(answer));
        GC.KeepAlive(log);
        return 0;
    }

    /// <summary>A result as JSON, the same way on both sides, so equal figures give equal text.</summary>
    public static string Json(object result) => JsonSerializer.Serialize(result, result.GetType());

    private static async Task<EventLog> ReadAsync(IEventStore store, EventSourceKey source)
    {
        var update = new IncrementalEventLog().BeginUpdate();
        await foreach (var e in store.ReadSinceAsync(source, 0))
        {
            update.AddEvent(e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties);
        }

        await foreach (var a in store.ReadAttributesSinceAsync(source, -1))
        {
            update.SetAttribute(a.CustomerId, a.Key, a.Value);
        }

        var log = update.Commit();
        LogMemory.ReleaseAfterRead(log.EventCount); // as the server's log cache does after a large read (ADR 073)
        return log;
    }
}
