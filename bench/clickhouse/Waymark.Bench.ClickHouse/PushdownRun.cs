using Waymark.Data.EventStores;
using Waymark.Pushdown;

namespace Waymark.Bench.ClickHouse;

/// <summary>Pushdown's side: each case through <see cref="ClickHouseAnalyses"/> on the target, with the ClickHouse servers' peak memory meanwhile.</summary>
internal static class PushdownRun
{
    /// <summary>A case's times, figures and JSON; null Timing when the case is not pushed down yet.</summary>
    public sealed record CaseAnswer(Timing? Timing, List<string> Figures, string Json);

    public sealed record Answer(Dictionary<string, CaseAnswer> Cases, long[] ClickHousePeakBytes);

    public static async Task<Answer> RunAsync(ClickHouseTarget target, string sourceId, int repeats)
    {
        await using var sampler = new MemorySampler([.. target.Servers.Select(s => s.ProcessId ?? 0)]);
        using var analyses = new ClickHouseAnalyses(target.Options(), new EventSourceKey("demo", sourceId));
        var cases = new Dictionary<string, CaseAnswer>();
        foreach (var c in BenchCases.All)
        {
            if (c.Pushdown is null)
            {
                Console.WriteLine($"[{target.Name}] pushdown {c.Key}: not pushed down yet");
                cases[c.Key] = new CaseAnswer(null, [], "");
                continue;
            }

            var timing = await Timing.RunAsync(() => c.Pushdown(analyses), repeats);
            Console.WriteLine($"[{target.Name}] pushdown {c.Key}: best {timing.BestMs:F1} ms, median {timing.MedianMs:F1} ms");
            cases[c.Key] = new CaseAnswer(timing, BenchCases.Figures(timing.Result), EngineRun.Json(timing.Result));
        }

        return new Answer(cases, await sampler.StopAsync());
    }
}
