using System.Globalization;
using System.Text;

namespace Waymark.Bench.ClickHouse;

/// <summary>bench/clickhouse/RESULTS.md: ingestion, the analyses side by side as ratios, memory, the goals and the phases' times.</summary>
internal static class Report
{
    private const double IngestGoal = 200_000, PushdownOverlayGoalMs = 3_000, InMemoryOverlayGoalMs = 1_000, BytesPerEventGoal = 24;

    public static string Markdown(GeneratedLog log, double generatorRate, IReadOnlyList<TargetRun> runs, DuckDbPeer.Answer duck, Phases phases, string loadAtStart)
    {
        var md = new StringBuilder();
        Line(md, "# ClickHouse at scale: ingestion, pushdown, the in-memory engine and DuckDB");
        Line(md);
        Line(md, $"Run by `bench/clickhouse/run.sh {log.Events} {log.Customers}` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC;");
        Line(md, $"load average (1 / 5 / 15 min) {loadAtStart} at the start and {Phases.LoadAverage()} at the end: a load above the core count means");
        Line(md, "other work shared the machine and every time below is slower than on an idle one. Debian's clickhouse-server 18.16,");
        Line(md, "DuckDB through @duckdb/node-api (bench/peers/duckdb). Times are the best of the repeats after a warm-up (median beside it).");
        Line(md);
        Line(md, $"The log: {log.Events:N0} events of {log.Customers:N0} customers, generated and sent as it is made (GeneratedLog.cs).");
        Line(md);
        Ingestion(md, generatorRate, runs);
        foreach (var run in runs)
        {
            Analyses(md, run, runs[0], ReferenceEquals(run, runs[0]) ? duck : null);
        }

        Memory(md, runs, duck);
        Goals(md, runs);
        PhaseTimes(md, log, phases);
        return md.ToString();
    }

    private static void Ingestion(StringBuilder md, double generatorRate, IReadOnlyList<TargetRun> runs)
    {
        Line(md, "## Ingestion through the API");
        Line(md);
        Line(md, $"NDJSON bodies of 20,000 events with ids on `POST /api/ingest/events` from {TargetRun.Connections} connections to a Waymark server");
        Line(md, "(Events:Store=ClickHouse) in the harness's process, while the generator makes the next bodies; the rows ClickHouse holds are counted after.");
        Line(md, $"The load generator alone (bodies made and dropped) makes {generatorRate:N0} events/s here, on the same cores as the server.");
        Line(md);
        Line(md, "| ClickHouse | events | seconds | events/s | ClickHouse peak RSS | Waymark server + load generator peak RSS | on disk |");
        Line(md, "|---|---:|---:|---:|---|---:|---:|");
        foreach (var r in runs)
        {
            Line(md, $"| {r.Name} | {r.Ingest.Events:N0} | {r.Ingest.Seconds:F1} | {r.Ingest.EventsPerSecond:N0} | {Peaks(r.Ingest.ClickHousePeakBytes)} | {ProcessMemory.Mb(r.Ingest.HarnessPeakBytes)} | {ProcessMemory.Mb(r.DiskBytes)} |");
        }

        Line(md);
    }

    /// <summary>A target's table; DuckDB's column on the first target, whose rows it read; later targets' engine checked against the first's.</summary>
    private static void Analyses(StringBuilder md, TargetRun run, TargetRun first, DuckDbPeer.Answer? duck)
    {
        Line(md, $"## Analyses on {run.Name}");
        Line(md);
        Line(md, "Ratio = the other side's time / the in-memory engine's (higher: the engine is faster).");
        Line(md);
        Line(md, "| analysis | pushdown ms (best / median) | in-memory ms (best / median) | DuckDB ms | pushdown / in-memory | DuckDB / in-memory | DuckDB / pushdown | results |");
        Line(md, "|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var c in BenchCases.All)
        {
            var engine = run.Engine.Cases[c.Key];
            var pushdown = run.Pushdown.Cases[c.Key];
            var push = pushdown.Timing is { } t ? $"{t.BestMs:F1} / {t.MedianMs:F1}" : "not pushed down yet";
            var duckMs = duck is null ? (double?)null : duck.Cases[c.Key].Ms;
            var agree = Agreement.Whole(engine.Json, engine.Figures, pushdown) + "; " + (duck is null
                ? Agreement.SameEngine(first.Name, first.Engine.Cases[c.Key], engine)
                : Agreement.Figures(engine.Figures, duck.Cases[c.Key].Figures));
            Line(md, $"| {c.Title} | {push} | {engine.BestMs:F1} / {engine.MedianMs:F1} | {(duckMs is { } d ? d.ToString("F1", CultureInfo.InvariantCulture) : "-")} | " +
                $"{Ratio(pushdown.Timing?.BestMs, engine.BestMs)} | {Ratio(duckMs, engine.BestMs)} | {Ratio(duckMs, pushdown.Timing?.BestMs)} | {agree} |");
        }

        Line(md);
    }

    private static void Memory(StringBuilder md, IReadOnlyList<TargetRun> runs, DuckDbPeer.Answer duck)
    {
        Line(md, "## Memory");
        Line(md);
        Line(md, "| process | peak resident | per event |");
        Line(md, "|---|---:|---:|");
        foreach (var r in runs)
        {
            var e = r.Engine;
            Line(md, $"| in-memory engine, log read from {r.Name} in {e.ReadSeconds:F1} s | {ProcessMemory.Mb(e.PeakResidentBytes)} | log {e.HeapBytesPerEvent:F1} B on the heap after a full collection (its event columns {e.ColumnBytesPerEvent} B), {e.ResidentBytesPerEvent:F1} B resident |");
            Line(md, $"| ClickHouse ({r.Name}) during pushdown | {Peaks(r.Pushdown.ClickHousePeakBytes)} | - |");
        }

        Line(md, $"| DuckDB (node), {duck.CsvBytes / 1e6:N0} MB CSV exported from ClickHouse in {duck.ExportSeconds:F1} s, loaded in {duck.LoadMs / 1000:F1} s | {ProcessMemory.Mb(duck.PeakResidentBytes)} | - |");
        Line(md);
        // One target at a time holds data (each is deleted before the next starts); the CSV lives beside the first's.
        var disk = Math.Max(runs[0].DiskBytes + duck.CsvBytes, runs.Max(r => r.DiskBytes));
        Line(md, $"Disk in the temp folder (TMPDIR): {ProcessMemory.Mb(disk)} at the peak (a target's active parts, with the CSV export beside the first's),");
        Line(md, $"so about {disk * (100_000_000.0 / runs[0].Ingest.Events) / 1e9:N0} GB at 100M events scaled linearly, plus ClickHouse's merges' temporary parts.");
        Line(md);
    }

    private static void Goals(StringBuilder md, IReadOnlyList<TargetRun> runs)
    {
        Line(md, "## Goals (issue 18, set for 100M events on this machine)");
        Line(md);
        Line(md, "| goal | measured | met |");
        Line(md, "|---|---|---|");
        foreach (var r in runs)
        {
            Line(md, $"| ingestion into ClickHouse ({r.Name}) at least 200,000 events/s | {r.Ingest.EventsPerSecond:N0} events/s | {Met(r.Ingest.EventsPerSecond >= IngestGoal)} |");
            var overlay = r.Pushdown.Cases["overlay"].Timing;
            Line(md, $"| overlay by pushdown ({r.Name}) within 3 s | {(overlay is null ? "not pushed down yet" : $"{overlay.BestMs:F0} ms")} | {(overlay is null ? "-" : Met(overlay.BestMs <= PushdownOverlayGoalMs))} |");
        }

        var engine = runs[0].Engine;
        Line(md, $"| overlay in memory within 1 s | {engine.Cases["overlay"].BestMs:F0} ms | {Met(engine.Cases["overlay"].BestMs <= InMemoryOverlayGoalMs)} |");
        Line(md, $"| in-memory engine at most 24 B/event resident | log {engine.HeapBytesPerEvent:F1} B/event (process RSS grew {engine.ResidentBytesPerEvent:F1}) | {Met(engine.HeapBytesPerEvent <= BytesPerEventGoal)} |");
        Line(md);
        Line(md, "The log's size is the managed heap after a full collection, less the heap before the read: what the log holds. The");
        Line(md, "process's resident growth also counts heap the GC keeps after the read's garbage and, on a small log, the runtime's");
        Line(md, "own start-up (JIT, type loading), so it comes closer to the log's size as the log grows. Customer ids are in the");
        Line(md, "log's dictionary, so bytes per event depend on events per customer too (about 10 in the 100M / 10M log).");
        Line(md);
    }

    private static void PhaseTimes(StringBuilder md, GeneratedLog log, Phases phases)
    {
        Line(md, "## Phases");
        Line(md);
        Line(md, "Each phase's wall time, and scaled linearly to 100M events where it grows with the log (a first guide for planning");
        Line(md, "the full run, no more: the analyses grow faster than linearly where memory runs short).");
        Line(md);
        Line(md, "| phase | seconds | at 100M events (linear) | load average after |");
        Line(md, "|---|---:|---:|---|");
        var scale = 100_000_000.0 / log.Events;
        foreach (var (name, seconds, scales, load) in phases.Done)
        {
            Line(md, $"| {name} | {seconds:F1} | {(scales ? (seconds * scale).ToString("N0", CultureInfo.InvariantCulture) : "same")} | {load} |");
        }
    }

    private static string Peaks(long[] bytes) => string.Join(" + ", bytes.Select(ProcessMemory.Mb));

    private static string Ratio(double? other, double? engine) =>
        other is { } o && engine is { } e && e > 0 ? (o / e).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-";

    private static string Met(bool met) => met ? "yes" : "no";

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
