using System.Globalization;
using System.Text;
using Waymark.Analytics.Text;

namespace Waymark.Bench.Feedback;

/// <summary>Accuracy against human ratings and throughput, the C# analyser next to VADER; prints and writes RESULTS.md.</summary>
internal static class Report
{
    private const int MinimumTexts = 100_000;

    public static int Run(string root, string resultsPath, int repeat)
    {
        var vader = new Vader(Path.Combine(root, "bench", "peers", "vader"));
        var corpora = Corpora(root, out var skipped);
        var md = new StringBuilder();
        md.AppendLine("# Feedback text analysis — benchmark results").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Produced by `bench/feedback/run.sh` on {DateTime.UtcNow:yyyy-MM-dd} ({Environment.ProcessorCount} cores, .NET {Environment.Version}, Node {NodeVersion()}).");
        var shared = Environment.GetEnvironmentVariable("SHARED_DATA") is { Length: > 0 } set ? $"SHARED_DATA={set} " : "";
        md.AppendLine(CultureInfo.InvariantCulture, $"Command: `{shared}bench/feedback/run.sh {repeat}` (from the repository root).").AppendLine();
        md.AppendLine("VADER is the npm package `vader-sentiment` 1.1.3 run by node on the same texts in the same command.").AppendLine();
        md.AppendLine("## Sentiment accuracy against human ratings").AppendLine();
        md.AppendLine("Pearson r of the compound score (-1..1) with the human mean rating; sign accuracy = share of texts whose score has the rating's sign (a zero score only matches a zero rating).").AppendLine();
        md.AppendLine("| corpus | texts | Waymark r | VADER r | Waymark sign | VADER sign |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"{"corpus",-30} {"texts",6} {"Waymark r",10} {"VADER r",8} {"W sign",7} {"V sign",7}");
        foreach (var corpus in corpora)
        {
            var ours = corpus.Texts.Select(t => TextAnalyzer.Default.Sentiment(t)).ToArray();
            var theirs = vader.Score(corpus.Texts);
            if (theirs.Length != ours.Length)
                throw new InvalidOperationException($"VADER gave {theirs.Length} scores for {ours.Length} texts of {corpus.Name}.");
            double ro = Metrics.Pearson(ours, corpus.Ratings), rv = Metrics.Pearson(theirs, corpus.Ratings);
            double so = Metrics.SignAccuracy(ours, corpus.Ratings), sv = Metrics.SignAccuracy(theirs, corpus.Ratings);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Name,-30} {corpus.Texts.Count,6} {ro,10:0.000} {rv,8:0.000} {so,7:0.000} {sv,7:0.000}"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {corpus.Name} | {corpus.Texts.Count:N0} | {Bold(ro, rv)} | {Bold(rv, ro)} | {Bold(so, sv)} | {Bold(sv, so)} |");
        }
        foreach (var line in skipped)
        {
            Console.WriteLine(line);
            md.AppendLine().AppendLine(line);
        }
        Speed(corpora, vader, repeat, md);
        File.WriteAllText(resultsPath, md.ToString());
        return 0;
    }

    private static List<Corpus> Corpora(string root, out List<string> skipped)
    {
        skipped = [];
        var list = new List<Corpus>();
        // ../shared/data beside the repository, or SHARED_DATA (a git worktree elsewhere can point at the clone's).
        var data = Environment.GetEnvironmentVariable("SHARED_DATA") is { Length: > 0 } set ? set : Path.Combine(root, "..", "shared", "data");
        var shared = Path.GetFullPath(Path.Combine(data, "sentiment"));
        var tweets = Path.Combine(shared, "tweets_GroundTruth.txt");
        var nyt = Path.Combine(shared, "nytEditorialSnippets_GroundTruth.txt");
        if (File.Exists(tweets) && File.Exists(nyt))
        {
            list.Add(Corpus.Read("tweets (Hutto & Gilbert)", tweets));
            list.Add(Corpus.Read("NYT editorial snippets", nyt));
        }
        else
        {
            skipped.Add($"skipped the tweets and NYT rows: {shared} is not present (../shared/data beside the repository).");
        }
        list.Add(Corpus.Read("reviews.tsv (team-rated)", Path.Combine(root, "bench", "feedback", "reviews.tsv")));
        return list;
    }

    private static void Speed(List<Corpus> corpora, Vader vader, int repeat, StringBuilder md)
    {
        var source = corpora[0];
        var texts = new List<string>(MinimumTexts + source.Texts.Count);
        while (texts.Count < MinimumTexts)
            texts.AddRange(source.Texts);
        var sentiment = Throughput.OneByOne(texts, repeat, full: false);
        var full = Throughput.OneByOne(texts, repeat, full: true);
        var batch = Throughput.Batch(texts, repeat);
        var peer = vader.Throughput(texts, repeat);
        var allocated = Throughput.AllocatedPerText(source.Texts);
        var (build, top) = Throughput.Topics(texts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput on {texts.Count:N0} texts ({source.Name} repeated), best of {repeat}: Waymark sentiment {sentiment:N0}/s, full analysis {full:N0}/s, AnalyzeMany {batch:N0}/s; VADER {peer:N0}/s; ratio {sentiment / peer:0.0}x"));
        md.AppendLine().AppendLine("## Throughput").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{texts.Count:N0} texts ({source.Name}, repeated), one call per text on one thread unless noted, best of {repeat} passes after a warm-up pass.").AppendLine();
        md.AppendLine("| analyser | texts/s | vs VADER |");
        md.AppendLine("|---|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Waymark `Sentiment` | {sentiment:N0} | {sentiment / peer:0.0}x |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Waymark `Analyze` (sentiment, emotions, effort, intents) | {full:N0} | {full / peer:0.0}x |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Waymark `AnalyzeMany` (all cores) | {batch:N0} | {batch / peer:0.0}x |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| VADER (npm vader-sentiment, node) | {peer:N0} | 1.0x |");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"`Analyze` allocates {allocated:0.#} bytes per text on average over the {source.Texts.Count:N0} {source.Name} texts (HTML-entity decoding and stretched words such as \"sooo\" allocate; other texts nothing).");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analyze allocates {allocated:0.#} bytes per text; TopicIndex.Build {build:0.00} s, Top(10% subset) {top * 1000:0} ms"));
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Key phrases on the same {texts.Count:N0} texts: `TopicIndex.Build` {build:0.00} s; `Top` of a 10% subset (5 phrases, 3 quotes) {top * 1000:0} ms.");
    }

    /// <summary>The better of two figures in bold.</summary>
    private static string Bold(double value, double other) =>
        value > other
            ? string.Create(CultureInfo.InvariantCulture, $"**{value:0.000}**")
            : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string NodeVersion()
    {
        try
        {
            using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
            var v = p!.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return v;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
