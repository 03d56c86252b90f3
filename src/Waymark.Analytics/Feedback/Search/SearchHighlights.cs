using Waymark.Analytics.Feedback.Search.Internals;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>Where a query's words and phrases (and topic phrases) sit in one text, read by the index's own word rule.</summary>
public static class SearchHighlights
{
    /// <summary>The ranges that match, in text order, overlapping ones merged; empty when nothing matches.</summary>
    public static IReadOnlyList<TextRange> Of(string? text, SearchQuery query, IReadOnlyList<SearchQuery>? topics = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrEmpty(text) || (query.IsEmpty && (topics is null || topics.Count == 0)))
            return [];
        var words = Read(text);
        var marks = new List<TextRange>();
        foreach (var term in query.Terms.Concat((topics ?? []).SelectMany(t => t.Terms)))
            Mark(words, term, marks);
        return Merge(marks);
    }

    private static List<(int Start, int Length, string Normal)> Read(string text)
    {
        var words = new List<(int, int, string)>();
        Span<char> buffer = stackalloc char[SearchWords.MaxWordLength];
        var position = 0;
        while (SearchWords.Next(text, ref position, buffer, out var start, out var length, out var n))
            words.Add((start, length, new string(buffer[..n])));
        return words;
    }

    private static void Mark(List<(int Start, int Length, string Normal)> words, SearchTerm term, List<TextRange> marks)
    {
        var wanted = term.Words;
        for (var i = 0; i + wanted.Count <= words.Count; i++)
        {
            var match = true;
            for (var k = 0; k < wanted.Count && match; k++)
            {
                var normal = words[i + k].Normal;
                match = term.Prefix ? normal.StartsWith(wanted[k], StringComparison.Ordinal) : string.Equals(normal, wanted[k], StringComparison.Ordinal);
            }
            if (!match)
                continue;
            var first = words[i];
            var last = words[i + wanted.Count - 1];
            marks.Add(new TextRange(first.Start, last.Start + last.Length - first.Start));
        }
    }

    private static List<TextRange> Merge(List<TextRange> marks)
    {
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var merged = new List<TextRange>(marks.Count);
        foreach (var m in marks)
        {
            if (merged.Count > 0 && merged[^1] is var top && m.Start <= top.Start + top.Length)
            {
                var end = Math.Max(top.Start + top.Length, m.Start + m.Length);
                merged[^1] = new TextRange(top.Start, end - top.Start);
                continue;
            }
            merged.Add(m);
        }
        return merged;
    }
}
