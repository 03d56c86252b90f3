using Waymark.Analytics.Feedback.Search.Internals;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// A full-text query as typed: words and "quoted phrases", every one of which an item's text must hold (AND). A word
/// of three or more characters also matches words starting with it ("refund" finds "refunds"), so results come as
/// one types; a phrase matches its words in a row, whole. Case and accents do not matter.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>A query is cut at this many characters; longer ones say nothing more a reader would type.</summary>
    public const int MaxLength = 500;

    /// <summary>The shortest word that also matches as the start of longer words.</summary>
    public const int PrefixLength = 3;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public static SearchQuery Empty { get; } = new([]);

    /// <summary>The words and phrases, in normal form (lower case, no accents).</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Reads a query: text between double quotes is a phrase (an unclosed quote runs to the end); the rest are words.</summary>
    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Empty;
        text = text.Length > MaxLength ? text[..MaxLength] : text;
        var terms = new List<SearchTerm>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                AddPhrase(terms, SearchWords.Normalise(parts[i]));
                continue;
            }
            foreach (var chunk in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                // "e-mail" is one thing typed: its words must follow each other, as in a phrase.
                var words = SearchWords.Normalise(chunk);
                if (words.Count == 1)
                    terms.Add(new SearchTerm(words, Prefix: words[0].Length >= PrefixLength));
                else
                    AddPhrase(terms, words);
            }
        }
        return terms.Count == 0 ? Empty : new SearchQuery(terms);
    }

    /// <summary>A topic's phrase as a query: its words in a row, whole (as <c>TopicIndex.Mentions</c> reads them).</summary>
    public static SearchQuery Phrase(string phrase)
    {
        var terms = new List<SearchTerm>();
        AddPhrase(terms, SearchWords.Normalise(phrase ?? ""));
        return terms.Count == 0 ? Empty : new SearchQuery(terms);
    }

    private static void AddPhrase(List<SearchTerm> terms, List<string> words)
    {
        if (words.Count > 0)
            terms.Add(new SearchTerm(words, Prefix: false));
    }
}
