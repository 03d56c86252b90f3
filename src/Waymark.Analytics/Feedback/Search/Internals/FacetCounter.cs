using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback.Search.Internals;

/// <summary>Counts the matching items per value of each condition as the explorer's pass meets them.</summary>
internal sealed class FacetCounter
{
    private static readonly string[] s_scoreTypes = ["none", .. FeedbackNames.ScoreTypes];
    private static readonly string[] s_bands = ["none", "low", "middle", "high"];
    private static readonly string[] s_sentiments = ["none", "negative", "neutral", "positive"];
    private static readonly string[] s_emotions = [.. Enum.GetNames<Emotion>().Select(n => n.ToLowerInvariant())];
    private static readonly string[] s_intents = ["cancel", "switch", "refund", "complaint", "praise", "question"];
    private readonly int[] _sources = new int[FeedbackNames.Sources.Length];
    private readonly int[] _scoreTypes = new int[s_scoreTypes.Length];
    private readonly int[] _bands = new int[s_bands.Length];
    private readonly int[] _sentiments = new int[s_sentiments.Length];
    private readonly int[] _emotions = new int[s_emotions.Length];
    private readonly int[] _intents = new int[s_intents.Length];
    private int _solicited;
    private int _unsolicited;

    public static IReadOnlyList<string> IntentNames => s_intents;

    public void Add(ItemColumns c, int i)
    {
        _sources[c.Source[i]]++;
        _scoreTypes[c.ScoreType[i]]++;
        _bands[c.Band[i]]++;
        _sentiments[c.Sentiment[i]]++;
        Bits(_emotions, c.Emotions[i]);
        Bits(_intents, c.Intents[i]);
        if (c.Solicited[i])
            _solicited++;
        else
            _unsolicited++;
    }

    public ExplorerFacets Facets() => new(
        Named(FeedbackNames.Sources, _sources), Named(s_scoreTypes, _scoreTypes), Named(s_bands, _bands),
        Named(s_sentiments, _sentiments), Named(s_emotions, _emotions), Named(s_intents, _intents), _solicited, _unsolicited);

    private static void Bits(int[] counts, byte bits)
    {
        while (bits != 0)
        {
            counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
            bits &= (byte)(bits - 1);
        }
    }

    private static Dictionary<string, int> Named(IReadOnlyList<string> names, int[] counts)
    {
        var result = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var k = 0; k < names.Count; k++)
            result[names[k]] = counts[k];
        return result;
    }
}
