using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Bench.Evidence;
using Waymark.Core.FileFormat;

namespace Waymark.Bench.ClickHouse;

/// <summary>
/// What is timed, the same on every side: the overlay of the evidence bench's 9-step map, a 6-step Ordered funnel
/// with a 30-day window and the whole flow graph. Each result is also reduced to the figures DuckDB computes too
/// (<see cref="Figures"/>), one line per figure, so the three sides can be compared line by line.
/// </summary>
internal static class BenchCases
{
    public static readonly string[] FunnelSteps =
        ["Saw ad", "Visited homepage", "Viewed product", "Started signup", "Entered payment details", "Signup completed"];

    public static readonly TimeSpan FunnelWindow = TimeSpan.FromDays(30);

    public static OverlayOptions Overlay { get; } = new()
    {
        Stages = OverlayStages.FromMap(MapSerializer.Read(BenchMap.Json(), MapFormat.Json).Map!),
    };

    public static FunnelOptions Funnel { get; } = new()
    {
        Steps = [.. FunnelSteps.Select(FunnelStep.Of)],
        Mode = FunnelMode.Ordered,
        Window = FunnelWindow,
    };

    public static FlowOptions Flow { get; } = new();

    /// <summary>The three analyses, each asked of the engine and of pushdown through IJourneyAnalyses.</summary>
    public static IReadOnlyList<AnalysisCase> All { get; } =
    [
        new("overlay", "overlay of the 9-step map", (_, a) => Box(a.OverlayAsync(Overlay)), a => Box(a.OverlayAsync(Overlay))),
        new("funnel", "6-step funnel (Ordered, 30-day window)", (_, a) => Box(a.FunnelAsync(Funnel)), a => Box(a.FunnelAsync(Funnel))),
        new("flow", "flow graph (every node and edge)", (_, a) => Box(a.FlowAsync(Flow)), a => Box(a.FlowAsync(Flow))),
    ];

    /// <summary>The figures DuckDB also computes: per funnel step its customers; per flow edge its counts and durations (µs).</summary>
    public static List<string> Figures(object result) => result switch
    {
        OverlayFigures o => [.. o.Steps.Where(s => s.InFunnel).Select(s => $"{s.StepId}: {s.Customers}")],
        FunnelResult f => [.. f.Steps.Select(s => $"{s.Name}: {s.Customers}")],
        FlowGraph g => [.. g.Edges.Select(e => Edge(e.From, e.To, e.Events, e.Customers,
            [e.Duration.Median.Ticks / 10, e.Duration.P90.Ticks / 10, e.Duration.Min.Ticks / 10, e.Duration.Max.Ticks / 10]))
            .Order(StringComparer.Ordinal)],
        _ => throw new ArgumentException("not a result of the bench", nameof(result)),
    };

    public static string Edge(string from, string to, long events, long customers, long[] microseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{from} -> {to}: {events} events, {customers} customers, median/p90/min/max {string.Join('/', microseconds)} us");

    private static async Task<object> Box<T>(Task<T> task) where T : notnull => await task;
}

/// <summary>One timed analysis: by the in-memory engine (over the log, or through its IJourneyAnalyses) and by pushdown (null: not pushed down yet).</summary>
internal sealed record AnalysisCase(
    string Key, string Title, Func<EventLog, IJourneyAnalyses, Task<object>> InMemory, Func<IJourneyAnalyses, Task<object>>? Pushdown);
