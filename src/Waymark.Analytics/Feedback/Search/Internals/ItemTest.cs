using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback.Search.Internals;

/// <summary>A filter's column conditions compiled to small masks, tested per item without allocating.</summary>
internal sealed class ItemTest
{
    private readonly ItemColumns _columns;
    private readonly int _sources;
    private readonly int _scoreTypes;
    private readonly int _bands;
    private readonly int _sentiments;
    private readonly int _emotions;
    private readonly int _intents;
    private readonly bool? _solicited;
    private readonly long _from;
    private readonly long _to;

    public ItemTest(ItemColumns columns, FeedbackFilter filter)
    {
        _columns = columns;
        _sources = Mask(filter.Sources, s => (int)s);
        _scoreTypes = Mask(filter.ScoreTypes, s => (int)s);
        _bands = Mask(filter.Bands, b => (int)b);
        _sentiments = Mask(filter.Sentiments, s => (int)s);
        _emotions = Mask(filter.Emotions, e => (int)e);
        _intents = (int)filter.Intents;
        _solicited = filter.Solicited;
        _from = filter.FromTicks ?? long.MinValue;
        _to = filter.ToTicks ?? long.MaxValue;
    }

    public bool Passes(int i)
    {
        var c = _columns;
        var t = c.Ticks[i];
        return t >= _from && t < _to
            && (_sources == -1 || (_sources & (1 << c.Source[i])) != 0)
            && (_scoreTypes == -1 || (_scoreTypes & (1 << c.ScoreType[i])) != 0)
            && (_bands == -1 || (_bands & (1 << c.Band[i])) != 0)
            && (_sentiments == -1 || (_sentiments & (1 << c.Sentiment[i])) != 0)
            && (_emotions == -1 || (_emotions & c.Emotions[i]) != 0)
            && (_intents == 0 || (_intents & c.Intents[i]) != 0)
            && (_solicited is not { } s || c.Solicited[i] == s);
    }

    /// <summary>A bit per value asked for; -1 (every bit) when nothing is asked.</summary>
    private static int Mask<T>(IReadOnlySet<T>? values, Func<T, int> bit)
    {
        if (values is null || values.Count == 0)
            return -1;
        var mask = 0;
        foreach (var v in values)
            mask |= 1 << bit(v);
        return mask;
    }
}
