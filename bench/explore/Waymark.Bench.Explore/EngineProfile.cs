using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using EventLog = Waymark.Analytics.Events.EventLog;
using Waymark.Analytics.Import;
using Waymark.Bench.Evidence;

namespace Waymark.Bench.Explore;

/// <summary>
/// `Waymark.Bench.Explore engine [customers] [runs] [cases]`: the process map's engine call (<see cref="Analyze.Process"/>) on
/// the bench's events in this process, no server, no HTTP, no JSON; each analysis it is made of timed alone beside it,
/// with the garbage collections each run caused. Where the API's time goes, without the API. Cases are comma-separated
/// names or all; process-phases and process-map-phases (not in all) time one's phases apart (<see cref="EnginePhases"/>).
/// </summary>
internal static class EngineProfile
{
    public static int Run(int customers, int runs, string which)
    {
        var watch = Stopwatch.StartNew();
        var log = Load(customers);
        Console.WriteLine($"[engine] log of {log.CustomerCount:N0} customers, {log.EventCount:N0} events ready in {watch.Elapsed.TotalSeconds:F1} s");
        var all = new ProcessOptions { ActivityPercent = 100, PathPercent = 100, Top = 10 };
        var matches = BenchMap.Steps.Select(s => EventMatch.Of(s)).ToList();
        var mapped = new ProcessOptions { Filter = new EventFilter { Events = matches }, ActivityPercent = 80, PathPercent = 80, Top = 10, WithStats = true };
        var cases = new (string Name, Func<object> Run)[]
        {
            // The explore views as the bench's requests ask them (ExploreCases), engine calls only.
            ("funnel", () => Analyze.Funnel(log, new FunnelOptions
            {
                Steps = [.. BenchMap.Steps.Select(FunnelStep.Of)], Mode = FunnelMode.Ordered,
                Breakdown = new FunnelBreakdown(BreakdownKind.FirstStepChannel, Limit: 5), Over = TrendGranularity.Week,
            })),
            ("paths", () => Analyze.Paths(log, new PathOptions { Start = FunnelStep.Of("Visited homepage"), Depth = 5, Width = 6, TopPaths = 20 })),
            ("retention", () => Analyze.Retention(log, new RetentionOptions { Granularity = TrendGranularity.Week, Periods = 8 })),
            ("trends", () => Analyze.StepTrend(log, new StepTrendOptions
            {
                Step = FunnelStep.Of(BenchMap.Steps[5]), Next = FunnelStep.Of(BenchMap.Steps[6]), Granularity = TrendGranularity.Week,
            })),
            ("process", () => Analyze.Process(log, all)),
            ("process-map", () => Analyze.Process(log, mapped)),
            ("process-map-apart", () => Apart(log, mapped)),
            ("process-fused", () => CustomerPass.Run(log, new CompiledFilter(log, default), () => new ProcessVisitor(log.Activities.Count, withStats: false))),
            ("process-apart", () => (FlowPass(log), CustomerPass.Run(log, new CompiledFilter(log, default), () => new VariantVisitor()))),
            ("process-map-stats-apart", () => (Analyze.Process(log, mapped with { WithStats = false }), Analyze.Stats(log, new StatsOptions { Filter = mapped.Filter }))),
            ("flow", () => Analyze.Flow(log, new FlowOptions { ActivityPercent = 100, PathPercent = 100 })),
            ("variants", () => Analyze.Variants(log, new VariantOptions { Top = 10 })),
            ("stats", () => Analyze.Stats(log)),
            ("pass", () => Analyze.Customers(log, default)),
            ("flow-pass", () => FlowPass(log)),
            ("flow-report", () => FlowReport.Build(log, default, FlowPass(log))),
            ("flow-pass-map", () => CustomerPass.Run(log, new CompiledFilter(log, mapped.Filter), () => new FlowVisitor(log.Activities.Count, withStats: true))),
            ("flow-report-map", () => FlowReport.Build(log, new FlowOptions { ActivityPercent = 80, PathPercent = 80 }, CustomerPass.Run(log, new CompiledFilter(log, mapped.Filter), () => new FlowVisitor(log.Activities.Count)))),
            ("variant-pass-map", () => CustomerPass.Run(log, new CompiledFilter(log, mapped.Filter), () => new VariantVisitor())),
            ("count-map", () => Analyze.Customers(log, mapped.Filter)),
            ("variant-pass", () => CustomerPass.Run(log, new CompiledFilter(log, default), () => new VariantVisitor())),
        };
        foreach (var (name, options) in new[] { ("process-phases", all), ("process-map-phases", mapped) }.Where(p => which.Split(',').Contains(p.Item1)))
        {
            EnginePhases.Run(name, log, options, runs);
        }

        foreach (var (name, run) in cases.Where(c => which == "all" || which.Split(',').Contains(c.Name)))
        {
            Time(name, runs, run);
        }

        return 0;
    }

    /// <summary>The process map of a filtered scope as two passes, each filtering the events (the engine's way before
    /// <see cref="ProcessVisitor"/>), with the same reports as <see cref="Analyze.Process"/>.</summary>
    private static object Apart(EventLog log, ProcessOptions options)
    {
        var filter = new CompiledFilter(log, options.Filter);
        var flowPass = CustomerPass.Run(log, filter, () => new FlowVisitor(log.Activities.Count, withStats: true));
        var stats = StatsReport.Build(log, flowPass.Customers, flowPass.Events, flowPass.Nodes);
        var flow = FlowReport.Build(log, new FlowOptions { ActivityPercent = options.ActivityPercent, PathPercent = options.PathPercent }, flowPass);
        var variantPass = CustomerPass.Run(log, filter, () => new VariantVisitor());
        return (flow, VariantReport.Build(log, new VariantOptions { Top = options.Top }.EffectiveTop, variantPass), stats);
    }

    private static FlowVisitor FlowPass(EventLog log) =>
        CustomerPass.Run(log, new CompiledFilter(log, default), () => new FlowVisitor(log.Activities.Count));

    /// <summary>The bench's events (two journeys per customer), kept as a CSV in the temp folder between runs.</summary>
    private static EventLog Load(int customers)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"waymark-bench-explore-engine-{customers}.csv");
        if (!File.Exists(csv))
        {
            var rows = BenchEvents.Generate(customers, seed: 21, idPrefix: "a").Rows;
            rows.AddRange(BenchEvents.Generate(customers, seed: 22, idPrefix: "b").Rows.Select(r => r with { Ticks = r.Ticks + TimeSpan.FromDays(200).Ticks }));
            using var writer = new StreamWriter(csv + ".part");
            writer.WriteLine("customer_id,timestamp,activity,channel");
            foreach (var r in rows)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Customer},{new DateTime(r.Ticks, DateTimeKind.Utc):yyyy-MM-ddTHH:mm:ssZ},{r.Activity},{r.Channel}"));
            }

            writer.Close();
            File.Move(csv + ".part", csv);
        }

        return EventImporter.ImportFile(csv).Log!;
    }

    private static void Time<T>(string name, int runs, Func<T> run)
    {
        _ = run();
        var times = new List<double>(runs);
        var gcs = new int[3];
        var watch = new Stopwatch();
        var cpuMs = 0.0;
        using var sampler = AllocationSampler.Start();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var jit = JitTally.Start();
        for (var i = 0; i < runs; i++)
        {
            var before = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            jit.Before();
            watch.Restart();
            _ = run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            jit.After(times[^1]);
            for (var g = 0; g < 3; g++)
            {
                gcs[g] += GC.CollectionCount(g) - before[g];
            }

            cpuMs += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        }

        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024 * runs);
        var pausedMs = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs;
        times.Sort();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"[engine] {name}: best {times[0]:F0} ms, median {times[times.Count / 2]:F0} ms, worst {times[^1]:F0} ms, CPU {cpuMs / runs:F0} ms; GCs per run gen0 {gcs[0] / (double)runs:F2} gen1 {gcs[1] / (double)runs:F2} gen2 {gcs[2] / (double)runs:F2}; {allocatedMb:F1} MB allocated per run; paused {pausedMs:F1} ms per run ({(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GCSettings.LatencyMode})"));
        Console.WriteLine($"[engine] {name}: {jit.Describe(runs)}");
        sampler?.Report(name, runs);
    }
}
