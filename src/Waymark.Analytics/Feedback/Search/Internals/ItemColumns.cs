using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback.Search.Internals;

/// <summary>
/// What the explorer filters and counts on, one small column per fact (a byte or a long per item), so a pass over
/// half a million items touches a few megabytes instead of half a million objects.
/// </summary>
internal sealed class ItemColumns
{
    public ItemColumns(IReadOnlyList<FeedbackItem> items, IReadOnlyList<TextAnalysis> analyses)
    {
        var n = items.Count;
        Ticks = new long[n];
        Source = new byte[n];
        ScoreType = new byte[n];
        Band = new byte[n];
        Sentiment = new byte[n];
        Emotions = new byte[n];
        Intents = new byte[n];
        Solicited = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            var analysis = i < analyses.Count ? analyses[i] : default;
            Ticks[i] = item.UtcTicks;
            Source[i] = (byte)item.Source;
            ScoreType[i] = (byte)item.ScoreType;
            Band[i] = (byte)Bands.ScoreOf(item);
            var hasText = !string.IsNullOrWhiteSpace(item.Text);
            Sentiment[i] = (byte)Bands.SentimentOf(item, analysis);
            Emotions[i] = hasText ? EmotionBits(analysis.Emotions) : (byte)0;
            Intents[i] = hasText ? (byte)analysis.Intents : (byte)0;
            Solicited[i] = item.Solicited;
        }
    }

    public long[] Ticks { get; }

    public byte[] Source { get; }

    public byte[] ScoreType { get; }

    public byte[] Band { get; }

    public byte[] Sentiment { get; }

    /// <summary>Bit e set when the text expresses emotion e at all.</summary>
    public byte[] Emotions { get; }

    public byte[] Intents { get; }

    public bool[] Solicited { get; }

    private static byte EmotionBits(EmotionMix mix)
    {
        byte bits = 0;
        for (var e = 0; e < 6; e++)
        {
            if (mix[(Emotion)e] > 0)
                bits |= (byte)(1 << e);
        }
        return bits;
    }
}
