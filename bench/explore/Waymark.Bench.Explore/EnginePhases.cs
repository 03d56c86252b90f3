using System.Diagnostics;
using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using EventLog = Waymark.Analytics.Events.EventLog;

namespace Waymark.Bench.Explore;

/// <summary>
/// `Waymark.Bench.Explore engine [customers] [runs] process-phases|process-map-phases`: <see cref="Analyze.Process"/>
/// taken apart into its pass (with the threads' merge) and its three reports, each phase's wall and CPU time per run,
/// so a profile's shares can be checked against where the wall time of a request goes (a serial phase costs its
/// CPU twice over in wall time on two cores).
/// </summary>
internal static class EnginePhases
{
    public static void Run(string name, EventLog log, ProcessOptions options, int runs)
    {
        var phases = new[] { "pass", "merge", "stats report", "flow report", "variant report" };
        var wall = phases.ToDictionary(p => p, _ => new List<double>());
        var cpu = phases.ToDictionary(p => p, _ => 0.0);
        _ = Once(log, options);
        for (var i = 0; i < runs; i++)
        {
            foreach (var (phase, (ms, cpuMs)) in Once(log, options))
            {
                wall[phase].Add(ms);
                cpu[phase] += cpuMs;
            }
        }

        var c = CultureInfo.InvariantCulture;
        foreach (var phase in phases)
        {
            var times = wall[phase];
            times.Sort();
            Console.WriteLine(string.Create(c, $"[engine] {name} {phase}: median {times[times.Count / 2]:F1} ms, CPU {cpu[phase] / runs:F1} ms"));
        }
    }

    /// <summary>One process map, phase by phase: each phase's wall and CPU milliseconds (a phase run twice, summed).</summary>
    private static Dictionary<string, (double Wall, double Cpu)> Once(EventLog log, ProcessOptions options)
    {
        var spent = new Dictionary<string, (double Wall, double Cpu)>();
        var filter = new CompiledFilter(log, options.Filter);
        var activities = log.Activities.Count;
        var watch = Stopwatch.StartNew();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        void Mark(string phase)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            var (w, c) = spent.GetValueOrDefault(phase);
            spent[phase] = (w + watch.Elapsed.TotalMilliseconds, c + (now - before).TotalMilliseconds);
            before = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
        }

        FlowVisitor flowPass;
        VariantVisitor variantPass;
        if (filter.FiltersEvents)
        {
            var pass = Merged(CustomerPass.RunUnmerged(log, filter, () => new ProcessVisitor(activities, options.WithStats), activitiesAndTimes: true), Mark);
            (flowPass, variantPass) = (pass.Flow, pass.Variants);
        }
        else
        {
            // As the engine does without an event filter: the flow and the variants in passes of their own.
            flowPass = Merged(CustomerPass.RunUnmerged(log, filter, () => new FlowVisitor(activities, options.WithStats)), Mark);
            variantPass = Merged(CustomerPass.RunUnmerged(log, filter, () => new VariantVisitor()), Mark);
        }

        var stats = options.WithStats ? StatsReport.Build(log, flowPass.Customers, flowPass.Events, flowPass.Nodes) : null;
        Mark("stats report");
        var flow = FlowReport.Build(log, new FlowOptions { ActivityPercent = options.ActivityPercent, PathPercent = options.PathPercent }, flowPass);
        Mark("flow report");
        var variants = VariantReport.Build(log, new VariantOptions { Top = options.Top }.EffectiveTop, variantPass);
        Mark("variant report");
        GC.KeepAlive((stats, flow, variants));
        return spent;
    }

    private static T Merged<T>(List<T> visitors, Action<string> mark)
        where T : class, ICustomerVisitor<T>
    {
        mark("pass");
        for (var v = 1; v < visitors.Count; v++)
        {
            visitors[0].Merge(visitors[v]);
        }

        mark("merge");
        return visitors[0];
    }
}
