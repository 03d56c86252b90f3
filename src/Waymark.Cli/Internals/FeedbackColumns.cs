using System.Globalization;
using Waymark.Analytics.Text;

namespace Waymark.Cli.Internals;

/// <summary>
/// The columns `waymark feedback analyze` adds to every row, from the text analyser and a topic index over the whole
/// file: a row's topics are the file's key phrases (its 30 most frequent, overlapping ones merged) that it mentions.
/// </summary>
public sealed class FeedbackColumns
{
    public static readonly string[] Names = ["sentiment", "emotion", "emotions", "effort", "high_effort", "intent", "topics"];
    private const int FileTopics = 30;
    private const int RowTopics = 3;

    private readonly TextAnalysis[] _analyses;
    private readonly string[] _topics;

    public FeedbackColumns(IReadOnlyList<string?> texts)
    {
        _analyses = TextAnalyzer.Default.AnalyzeMany(texts);
        var index = TopicIndex.Build(texts);
        var all = Enumerable.Range(0, texts.Count).ToArray();
        var ranked = index.Top(all, FileTopics, quotes: 0).Select(t => t.Phrase).ToArray();
        _topics = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var mine = new HashSet<string>(index.PhrasesOf(i), StringComparer.Ordinal);
            _topics[i] = string.Join(';', ranked.Where(mine.Contains).Take(RowTopics));
        }
    }

    public TextAnalysis Analysis(int row) => _analyses[row];

    public string Topics(int row) => _topics[row];

    public string[] Values(int row)
    {
        var a = _analyses[row];
        return
        [
            a.Sentiment.ToString("0.####", CultureInfo.InvariantCulture),
            Dominant(a.Emotions),
            Emotions(a.Emotions),
            a.Effort.ToString("0.##", CultureInfo.InvariantCulture),
            a.HighEffort ? "true" : "false",
            IntentNames(a.Intents),
            _topics[row],
        ];
    }

    public static string Dominant(EmotionMix mix)
    {
        var best = (Emotion?)null;
        var weight = 0f;
        foreach (var e in Enum.GetValues<Emotion>())
        {
            if (mix[e] > weight)
            {
                weight = mix[e];
                best = e;
            }
        }
        return best is { } b ? Name(b) : "";
    }

    public static string Emotions(EmotionMix mix) => string.Join(';', Enum.GetValues<Emotion>()
        .Where(e => mix[e] > 0)
        .OrderByDescending(e => mix[e])
        .Select(e => string.Create(CultureInfo.InvariantCulture, $"{Name(e)}:{mix[e]:0.##}")));

    public static string IntentNames(Intents intents) => string.Join(';', Enum.GetValues<Intents>()
        .Where(i => i != Intents.None && intents.HasFlag(i))
        .Select(i => i.ToString().ToLowerInvariant()));

    private static string Name(Emotion e) => e.ToString().ToLowerInvariant();
}
