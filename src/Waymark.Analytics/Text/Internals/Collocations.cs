namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Which multi-word phrases are key phrases: ones whose words come together far more often than chance, measured
/// as normalised pointwise mutual information over texts (Bouma 2009). "customer support" or "waste of time" pass;
/// "great day" (two common words that happen to meet) does not. A single word is a candidate unless it is a strong
/// judgement ("great", "love", "awful": the sentiment lexicon's strongest words), which says how customers felt, not what
/// about; such words still count inside a phrase ("great support").
/// </summary>
internal static class Collocations
{
    /// <summary>
    /// A phrase must occur in this many texts before it can be a key phrase (fewer is chance): three, or two in a
    /// small collection (under <see cref="SmallCollection"/> texts), where a pair of words met twice is already
    /// telling ("csv import" in two of five survey answers) and chance meetings are few.
    /// </summary>
    public const int MinTexts = 3;

    /// <summary>Below this many texts a phrase in two of them can be key.</summary>
    public const int SmallCollection = 100;

    internal static int MinTextsFor(int texts) => texts < SmallCollection ? 2 : MinTexts;

    /// <summary>The least NPMI (-1..1; 0 = independent, 1 = always together) a phrase needs at its weakest split.</summary>
    public const double MinAssociation = 0.25;

    /// <summary>A phrase led by "too", "not" or "no" is key when it holds this share of the mentions of the rest ("expensive").</summary>
    public const double MinLeadShare = 0.25;

    /// <summary>
    /// Marks the key phrases. A phrase is split at each word boundary where both sides are indexed phrases; the weakest
    /// split decides (so "csv import fails" needs both "csv | import fails" and "csv import | fails" to hold). A phrase
    /// no split of which is indexed ("waste of time") is measured between its first and last word.
    /// </summary>
    public static bool[] Mark(string[] phrases, int[] frequencies, int texts, Func<ReadOnlySpan<char>, int> find)
    {
        var key = new bool[phrases.Length];
        var minTexts = MinTextsFor(texts);
        for (var p = 0; p < phrases.Length; p++)
        {
            var phrase = phrases[p];
            if (!phrase.Contains(' ', StringComparison.Ordinal))
            {
                key[p] = !Judgement(phrase);
                continue;
            }
            key[p] = frequencies[p] >= minTexts && Weakest(phrase, frequencies, texts, find) >= MinAssociation;
        }
        return key;
    }

    private static double Weakest(string phrase, int[] frequencies, int texts, Func<ReadOnlySpan<char>, int> find)
    {
        var together = frequencies[find(phrase)];
        var weakest = double.MaxValue;
        for (var at = phrase.IndexOf(' ', StringComparison.Ordinal); at > 0; at = phrase.IndexOf(' ', at + 1))
        {
            var left = find(phrase.AsSpan(0, at));
            var right = find(phrase.AsSpan(at + 1));
            if (left >= 0 && right >= 0)
                weakest = Math.Min(weakest, Npmi(together, frequencies[left], frequencies[right], texts));
        }
        if (weakest != double.MaxValue)
            return weakest;
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = find(phrase.AsSpan(0, space));
        var last = find(phrase.AsSpan(phrase.LastIndexOf(' ') + 1));
        if (first < 0 && TopicWords.IsLeadWord(phrase[..space]) && find(phrase.AsSpan(space + 1)) is >= 0 and var rest)
            return (double)together / frequencies[rest] >= MinLeadShare ? 1 : -1; // "too expensive": the lead word is never a phrase alone
        return first >= 0 && last >= 0 ? Npmi(together, frequencies[first], frequencies[last], texts) : -1;
    }

    /// <summary>
    /// A word of strong valence (2.5 and up either way: "love", "awesome", "hate", "worst") or one of the mild verdicts
    /// customers add to anything; milder words often name the subject ("support", "help", "crash", "error").
    /// </summary>
    private static bool Judgement(string word) =>
        Verdicts.Contains(word) || (Lexicon.Embedded.Lookup.TryGetValue(word, out var info) && Math.Abs(info.Valence) >= 2.5f);

    private static readonly System.Collections.Frozen.FrozenSet<string> Verdicts =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["good", "nice", "cool", "fine", "better", "worse", "thanks", "thank", "please"], StringComparer.Ordinal);

    /// <summary>ln(p(xy) / (p(x) p(y))) / -ln p(xy), from text counts; 1 when the phrase is in every text.</summary>
    internal static double Npmi(int together, int x, int y, int texts)
    {
        if (together <= 0 || x <= 0 || y <= 0 || texts <= 0)
            return -1;
        var pxy = (double)together / texts;
        if (pxy >= 1)
            return 1;
        return Math.Log(pxy / ((double)x / texts * ((double)y / texts))) / -Math.Log(pxy);
    }
}
