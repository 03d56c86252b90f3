using System.Diagnostics;
using System.Runtime;
using Waymark.Analytics.Events;
using Waymark.Analytics.Generation;

namespace Waymark.Analytics.Engine;

/// <summary>
/// Runs the analyses the map and the Explore views ask for, over and over on a small generated log (the demo's trial
/// journeys), until the JIT has nothing left to compile for them: their hot code is then tier-1 with profile data, as
/// it would be after many requests, before a user's first one (ADR 065). Without it the first few dozen requests of
/// each view ran tier-0, then instrumented, code of the per-customer loops while the JIT replaced it in the
/// background: the process maps' slow runs (issue 16).
/// </summary>
public static class EngineWarmUp
{
    /// <summary>The generated log: big enough for every pass to split across the cores, small enough to be quick.</summary>
    public const int Customers = 4_000;

    /// <summary>Rounds at least (a method's calls are counted from 30 before tier-1 and 30 more while instrumented).</summary>
    public const int MinRounds = 80;

    /// <summary>Rounds at most, should the JIT never go quiet (something else in the process compiling).</summary>
    public const int MaxRounds = 160;

    /// <summary>How long nothing in the process may be compiled before the warm-up counts the JIT as done.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    /// <summary>Runs the rounds; returns how many ran. Stops early when <paramref name="ct"/> is cancelled.</summary>
    public static int Run(CancellationToken ct) => Run(MinRounds, MaxRounds, ct);

    /// <summary>At least <paramref name="minRounds"/> and at most <paramref name="maxRounds"/> rounds (tests run one).</summary>
    internal static int Run(int minRounds, int maxRounds, CancellationToken ct)
    {
        var log = TrialLog();
        var analyses = Analyses(log);
        var (rounds, compiled, quiet) = (0, JitInfo.GetCompiledMethodCount(), Stopwatch.StartNew());
        while (rounds < maxRounds && !ct.IsCancellationRequested && !(rounds >= minRounds && quiet.Elapsed >= Quiet))
        {
            foreach (var analysis in analyses)
            {
                analysis();
            }

            // Tier-1 versions are compiled on a background thread, after a delay without new tier-0 code: the rounds
            // go on until the process has compiled nothing for a while.
            rounds++;
            if (JitInfo.GetCompiledMethodCount() != compiled)
            {
                compiled = JitInfo.GetCompiledMethodCount();
                quiet.Restart();
            }
        }

        return rounds;
    }

    private static EventLog TrialLog()
    {
        var journeys = JourneyGenerator.GenerateTrial(new GeneratorOptions { Customers = Customers, Seed = 7 });
        var builder = new EventLogBuilder();
        foreach (var e in journeys.Events)
        {
            builder.Add(e.CustomerId, e.UtcTicks, e.Activity, e.Channel);
        }

        foreach (var a in journeys.Attributes)
        {
            builder.SetAttribute(a.CustomerId, a.Key, a.Value);
        }

        return builder.Build();
    }

    /// <summary>The analyses as the views ask them: steps and starts are the log's most common activities.</summary>
    private static List<Action> Analyses(EventLog log)
    {
        var names = Analyze.Stats(log).Activities.OrderByDescending(a => a.Events).Select(a => a.Activity).Take(6).ToList();
        var steps = names.Select(FunnelStep.Of).ToList();
        var mapped = new EventFilter { Events = [.. names.Select(n => EventMatch.Of(n))] };
        return
        [
            () => Analyze.Funnel(log, new FunnelOptions
            {
                Steps = steps, Mode = FunnelMode.Ordered, Breakdown = new FunnelBreakdown(BreakdownKind.FirstStepChannel, Limit: 5),
                Over = TrendGranularity.Week,
            }),
            () => Analyze.Funnel(log, new FunnelOptions { Steps = steps, Mode = FunnelMode.Strict }),
            () => Analyze.Funnel(log, new FunnelOptions { Steps = steps, Mode = FunnelMode.AnyOrder }),
            () => Analyze.Paths(log, new PathOptions { Start = steps[0], Depth = 5, Width = 6, TopPaths = 20 }),
            () => Analyze.Process(log, new ProcessOptions { ActivityPercent = 100, PathPercent = 100, Top = 10 }),
            () => Analyze.Process(log, new ProcessOptions { Filter = mapped, ActivityPercent = 80, PathPercent = 80, Top = 10, WithStats = true }),
            () => Analyze.Retention(log, new RetentionOptions { Granularity = TrendGranularity.Week, Periods = 8 }),
            () => Analyze.StepTrend(log, new StepTrendOptions { Step = steps[1], Next = steps[2], Granularity = TrendGranularity.Week }),
            () => Analyze.Trends(log, new TrendOptions { Granularity = TrendGranularity.Day }),
            () => Analyze.Stats(log, new StatsOptions { Filter = mapped }),
        ];
    }
}
