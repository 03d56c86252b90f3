using System.Diagnostics;
using Waymark.Analytics.Text;

namespace Waymark.Bench.Feedback;

/// <summary>Texts per second of the C# analyser, best of N passes (one call per text, or the parallel batch API).</summary>
internal static class Throughput
{
    public static double OneByOne(IReadOnlyList<string> texts, int repeat, bool full)
    {
        var analyzer = TextAnalyzer.Default;
        double best = 0, sink = 0;
        for (var r = 0; r < repeat + 1; r++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < texts.Count; i++)
                sink += full ? analyzer.Analyze(texts[i]).Sentiment : analyzer.Sentiment(texts[i]);
            var perSecond = texts.Count / watch.Elapsed.TotalSeconds;
            if (r > 0) // the first pass warms up (tiered JIT)
                best = Math.Max(best, perSecond);
        }
        GC.KeepAlive(sink);
        return best;
    }

    /// <summary>Bytes allocated per analysed text (one pass, after warm-up): the hot path should allocate nothing per word.</summary>
    public static double AllocatedPerText(IReadOnlyList<string> texts)
    {
        var analyzer = TextAnalyzer.Default;
        foreach (var t in texts)
            analyzer.Analyze(t);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var t in texts)
            analyzer.Analyze(t);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)texts.Count;
    }

    /// <summary>Seconds to index the texts and to rank the phrases of every tenth one (best of 3).</summary>
    public static (double Build, double Top) Topics(IReadOnlyList<string> texts)
    {
        double build = double.MaxValue, top = double.MaxValue;
        var subset = Enumerable.Range(0, texts.Count).Where(i => i % 10 == 0).ToArray();
        for (var r = 0; r < 3; r++)
        {
            var watch = Stopwatch.StartNew();
            var index = TopicIndex.Build(texts);
            build = Math.Min(build, watch.Elapsed.TotalSeconds);
            watch.Restart();
            GC.KeepAlive(index.Top(subset));
            top = Math.Min(top, watch.Elapsed.TotalSeconds);
        }
        return (build, top);
    }

    public static double Batch(IReadOnlyList<string> texts, int repeat)
    {
        double best = 0;
        for (var r = 0; r < repeat + 1; r++)
        {
            var watch = Stopwatch.StartNew();
            var results = TextAnalyzer.Default.AnalyzeMany(texts);
            var perSecond = texts.Count / watch.Elapsed.TotalSeconds;
            GC.KeepAlive(results);
            if (r > 0)
                best = Math.Max(best, perSecond);
        }
        return best;
    }
}
