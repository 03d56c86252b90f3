using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.Text;
using Waymark.Testing;
using Xunit.Abstractions;

namespace Waymark.Analytics.Tests.Text;

/// <summary>Key phrases on real texts no one here wrote (../shared/data): multi-word phrases come out, and they read as topics.</summary>
public sealed class KeyPhraseRealDataTests(ITestOutputHelper output)
{
    [SharedDataFact("sentiment/tweets_GroundTruth.txt")]
    public void Top_Tweets_FindsMultiWordPhrases()
    {
        var texts = Read("sentiment/tweets_GroundTruth.txt");
        var index = TopicIndex.Build(texts);
        var all = Enumerable.Range(0, texts.Count).ToArray();

        var top = index.Top(all, 40, quotes: 0);
        output.WriteLine(string.Join(" | ", top.Select(t => $"{t.Phrase} {t.Count}")));
        foreach (var word in new[] { "phone", "movie", "work", "school", "twitter", "day" })
        {
            var subset = all.Where(i => TopicIndex.Mentions(texts[i], word)).ToArray();
            output.WriteLine($"[{word}] {subset.Length}: " + string.Join(" | ", index.Top(subset, 8, quotes: 0).Select(t => $"{t.Phrase} {t.Count} {t.Score}")));
        }

        Assert.DoesNotContain(top, t => t.Phrase is "good" or "love" or "great" or "awesome" or "hate");
        Assert.Contains("social media", Phrases(index, texts, "twitter"));
    }

    [SharedDataFact("sentiment/nytEditorialSnippets_GroundTruth.txt")]
    public void Top_NytSnippets_FindsMultiWordPhrases()
    {
        var texts = Read("sentiment/nytEditorialSnippets_GroundTruth.txt");
        var index = TopicIndex.Build(texts);
        var all = Enumerable.Range(0, texts.Count).ToArray();

        var top = index.Top(all, 40, quotes: 0);
        output.WriteLine(string.Join(" | ", top.Select(t => $"{t.Phrase} {t.Count}")));
        foreach (var word in new[] { "health", "war", "tax", "court", "school" })
        {
            var subset = all.Where(i => TopicIndex.Mentions(texts[i], word)).ToArray();
            output.WriteLine($"[{word}] {subset.Length}: " + string.Join(" | ", index.Top(subset, 8, quotes: 0).Select(t => $"{t.Phrase} {t.Count} {t.Score}")));
        }

        Assert.Contains("supreme court", Phrases(index, texts, "court"));
        Assert.Contains("world war ii", Phrases(index, texts, "war"));
        Assert.Contains(Phrases(index, texts, "school"), p => p is "high school" or "school bus");
    }

    /// <summary>The bench's case (bench/feedback: the tweets repeated to 100,800 texts): building and ranking stay fast.</summary>
    [SharedDataFact("sentiment/tweets_GroundTruth.txt")]
    public void Build_TweetsRepeated_StaysFast()
    {
        var tweets = Read("sentiment/tweets_GroundTruth.txt");
        var texts = Enumerable.Repeat(tweets, 24).SelectMany(t => t).ToList();
        var subset = Enumerable.Range(0, texts.Count).Where(i => i % 10 == 0).ToArray();
        double build = double.MaxValue, top = double.MaxValue;
        for (var r = 0; r < 3; r++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var index = TopicIndex.Build(texts);
            build = Math.Min(build, watch.Elapsed.TotalSeconds);
            watch.Restart();
            GC.KeepAlive(index.Top(subset));
            top = Math.Min(top, watch.Elapsed.TotalSeconds);
        }

        output.WriteLine($"{texts.Count} texts: Build {build:0.000} s, Top of 10% {top * 1000:0} ms");
        Assert.InRange(build, 0, 30); // a smoke bound: the figure is for reading, the machine is often shared
    }

    private static string[] Phrases(TopicIndex index, List<string?> texts, string word) =>
        [.. index.Top([.. Enumerable.Range(0, texts.Count).Where(i => TopicIndex.Mentions(texts[i], word))], 8, quotes: 0).Select(t => t.Phrase)];

    private static List<string?> Read(string file) =>
        [.. File.ReadLines(SharedData.PathOf(file)!).Select(l => l.Split('\t')).Where(p => p.Length >= 3).Select(p => (string?)p[2])];
}
