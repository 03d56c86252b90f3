using System.Diagnostics;
using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Analytics.Generation;
using Waymark.Analytics.Import;

namespace Waymark.Bench;

/// <summary>Runs one dataset on both engines, checks the results are equal and saves the timings.</summary>
public static class Compare
{
    public static int Run(string name, int repeat)
    {
        var dataset = Datasets.Get(name);
        Directory.CreateDirectory(Datasets.DataFolder);
        if (dataset.Generated && !File.Exists(dataset.Source))
        {
            Generate(dataset.Source);
        }

        if (!File.Exists(dataset.Source))
        {
            Console.Error.WriteLine($"{name}: {dataset.Source} not present, skipped");
            return 0;
        }

        // The generated CSV is imported twice (best of two, as DuckDB's read_csv); the other files once.
        var firstMs = dataset.Generated && repeat > 1 ? ImportTime(dataset.Source) : double.MaxValue;
        var (log, importMs, heapPerEvent) = Import(dataset.Source);
        importMs = Math.Min(importMs, firstMs);

        var csv = dataset.Generated ? dataset.Source : Path.Combine(Datasets.DataFolder, name + ".csv");
        if (!dataset.Generated)
        {
            LogExport.Write(log, csv);
        }

        var waymark = new WaymarkSide(log, dataset, repeat).RunAll();
        var waymarkPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        var duck = new DuckDbSide(dataset, csv, repeat);
        var duckResults = duck.RunAll();
        var rows = new List<BenchRow> { new(dataset.Generated ? "import CSV" : "load (xes/seq vs exported CSV)", importMs, duck.ImportMs, "-") };
        var allEqual = true;
        foreach (var (analysis, (ms, result)) in waymark)
        {
            var difference = result.Difference(duckResults[analysis].Result);
            allEqual &= difference is null;
            rows.Add(new BenchRow(analysis, ms, duckResults[analysis].Ms, difference is null ? $"equal ({result.Count} rows)" : "DIFFERENT: " + difference));
        }

        var saved = new BenchResult(name, log.EventCount, log.CustomerCount, log.BytesPerEvent, heapPerEvent, waymarkPeak, duck.PeakBytes, rows);
        File.WriteAllText(Path.Combine(Datasets.DataFolder, $"result-{name}.json"), JsonSerializer.Serialize(saved));
        Report.PrintDataset(saved, Console.Out);
        return allEqual ? 0 : 1;
    }

    /// <summary>Times Waymark alone (no DuckDB), for quick iterations on the engine.</summary>
    public static int TimeWaymark(string name, int repeat)
    {
        var dataset = Datasets.Get(name);
        var (log, importMs, heapPerEvent) = Import(dataset.Source);
        Console.WriteLine($"import {importMs:0.0} ms, {heapPerEvent:0.0} B/event");
        foreach (var (analysis, (ms, result)) in new WaymarkSide(log, dataset, repeat).RunAll())
        {
            Console.WriteLine($"{analysis} {ms:0.0} ms ({result.Count} rows)");
        }

        return 0;
    }

    private static double ImportTime(string path)
    {
        var watch = Stopwatch.StartNew();
        _ = EventImporter.ImportFile(path).Log ?? throw new InvalidOperationException("import failed: " + path);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static (EventLog Log, double Ms, double HeapPerEvent) Import(string path)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var result = EventImporter.ImportFile(path);
        var ms = watch.Elapsed.TotalMilliseconds;
        var log = result.Log ?? throw new InvalidOperationException(string.Join("; ", result.Problems));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (log, ms, (double)(after - before) / log.EventCount);
    }

    internal static void Generate(string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 20);
        var summary = JourneyGenerator.Generate(GeneratorPresets.Bench, writer);
        Console.Error.WriteLine($"generated {summary.Customers} customers, {summary.Events} events -> {path}");
    }
}
