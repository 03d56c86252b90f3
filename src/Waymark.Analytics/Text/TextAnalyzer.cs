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
        var (emotions, effort, high, intents) = CueReader.Read(scratch, sentiment);
        return new TextAnalysis(sentiment, emotions, effort, high, intents);
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
        if (results.Length == 0)
            return results; // a partitioner refuses an empty range (a feedback file with a header and no rows)
        // Ranges, not single items: one text takes about a microsecond, less than scheduling it would.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Count, 2_048), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                results[i] = Analyze(texts[i]);
        });
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
