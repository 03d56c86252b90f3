using Waymark.Analytics.Feedback.Search.Internals;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// The words of every feedback text of a snapshot, for the explorer: an inverted index (each normal-form word → the
/// items holding it, ascending) and each item's words in order (for phrases). Built once per snapshot, immutable.
/// A query costs the length of its words' posting lists, never a pass over the texts.
/// </summary>
public sealed class FeedbackSearchIndex
{
    private readonly Dictionary<string, int> _words;
    private readonly string[] _sorted;
    private readonly int[] _sortedIds;
    private readonly int[] _postingStart;
    private readonly int[] _postings;
    private readonly int[] _itemStart;
    private readonly int[] _itemWords;

    private FeedbackSearchIndex(Dictionary<string, int> words, int[] postingStart, int[] postings, int[] itemStart, int[] itemWords)
    {
        _words = words;
        _postingStart = postingStart;
        _postings = postings;
        _itemStart = itemStart;
        _itemWords = itemWords;
        _sorted = [.. words.Keys];
        _sortedIds = new int[_sorted.Length];
        Array.Sort(_sorted, StringComparer.Ordinal);
        for (var i = 0; i < _sorted.Length; i++)
            _sortedIds[i] = words[_sorted[i]];
    }

    /// <summary>How many items the index covers.</summary>
    public int Count => _itemStart.Length - 1;

    /// <summary>How many distinct words the texts hold.</summary>
    public int WordCount => _words.Count;

    public static FeedbackSearchIndex Build(IReadOnlyList<FeedbackItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var itemStart = new int[items.Count + 1];
        var itemWords = new IntList(Math.Max(16, items.Count * 8));
        Span<char> buffer = stackalloc char[SearchWords.MaxWordLength];
        for (var d = 0; d < items.Count; d++)
        {
            itemStart[d] = itemWords.Count;
            var text = items[d].Text;
            if (text is null)
                continue;
            var position = 0;
            while (SearchWords.Next(text, ref position, buffer, out _, out _, out var n))
            {
                var word = buffer[..n];
                if (!lookup.TryGetValue(word, out var id))
                {
                    id = words.Count;
                    lookup[word] = id;
                }
                itemWords.Add(id);
            }
        }
        itemStart[items.Count] = itemWords.Count;
        var (postingStart, postings) = Invert(words.Count, itemStart, itemWords.Items);
        return new FeedbackSearchIndex(words, postingStart, postings, itemStart, itemWords.ToArray());
    }

    /// <summary>The items whose text holds every term of the query; null for an empty query (no text condition).</summary>
    public ItemSet? Match(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
            return null;
        ItemSet? result = null;
        foreach (var term in query.Terms)
        {
            var found = term.IsPhrase ? MatchPhrase(term.Words) : MatchWord(term.Words[0], term.Prefix);
            if (result is null)
                result = found;
            else
                result.IntersectWith(found);
        }
        return result;
    }

    /// <summary>The items that hold any of the phrases as whole words in a row (topics).</summary>
    public ItemSet MatchAny(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var result = new ItemSet(Count);
        foreach (var phrase in phrases)
        {
            var words = SearchWords.Normalise(phrase);
            if (words.Count == 0)
                continue;
            foreach (var item in MatchPhrase(words).Items())
                result.Add(item);
        }
        return result;
    }

    private ItemSet MatchWord(string word, bool prefix)
    {
        var set = new ItemSet(Count);
        if (!prefix)
        {
            if (_words.TryGetValue(word, out var id))
                AddPostings(set, id);
            return set;
        }
        var at = LowerBound(word);
        for (var i = at; i < _sorted.Length && _sorted[i].StartsWith(word, StringComparison.Ordinal); i++)
            AddPostings(set, _sortedIds[i]);
        return set;
    }

    private ItemSet MatchPhrase(IReadOnlyList<string> words)
    {
        var set = new ItemSet(Count);
        var ids = new int[words.Count];
        var rarest = -1;
        for (var k = 0; k < words.Count; k++)
        {
            if (!_words.TryGetValue(words[k], out ids[k]))
                return set;
            if (rarest < 0 || Df(ids[k]) < Df(rarest))
                rarest = ids[k];
        }
        for (var p = _postingStart[rarest]; p < _postingStart[rarest + 1]; p++)
        {
            var item = _postings[p];
            if (HoldsInRow(item, ids))
                set.Add(item);
        }
        return set;
    }

    private bool HoldsInRow(int item, int[] ids)
    {
        var span = _itemWords.AsSpan(_itemStart[item], _itemStart[item + 1] - _itemStart[item]);
        return span.IndexOf(ids) >= 0;
    }

    private int Df(int id) => _postingStart[id + 1] - _postingStart[id];

    private void AddPostings(ItemSet set, int id)
    {
        for (var p = _postingStart[id]; p < _postingStart[id + 1]; p++)
            set.Add(_postings[p]);
    }

    private int LowerBound(string word)
    {
        var (lo, hi) = (0, _sorted.Length);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (string.CompareOrdinal(_sorted[mid], word) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Each word's items, ascending and without repeats, as one array with starts (CSR).</summary>
    private static (int[] Start, int[] Postings) Invert(int wordCount, int[] itemStart, int[] itemWords)
    {
        var start = new int[wordCount + 1];
        var last = new int[wordCount];
        Array.Fill(last, -1);
        for (var d = 0; d < itemStart.Length - 1; d++)
        {
            for (var k = itemStart[d]; k < itemStart[d + 1]; k++)
            {
                var w = itemWords[k];
                if (last[w] != d)
                {
                    last[w] = d;
                    start[w + 1]++;
                }
            }
        }
        for (var w = 0; w < wordCount; w++)
            start[w + 1] += start[w];
        var postings = new int[start[wordCount]];
        var fill = start[..wordCount];
        Array.Fill(last, -1);
        for (var d = 0; d < itemStart.Length - 1; d++)
        {
            for (var k = itemStart[d]; k < itemStart[d + 1]; k++)
            {
                var w = itemWords[k];
                if (last[w] != d)
                {
                    last[w] = d;
                    postings[fill[w]++] = d;
                }
            }
        }
        return (start, postings);
    }
}
