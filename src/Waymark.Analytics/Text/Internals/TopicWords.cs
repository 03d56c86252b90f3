namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Splits a text into lower-case words for key phrases: letters and digits with inner apostrophes or hyphens; a
/// phrase never crosses sentence or clause punctuation, so each run between such marks is a segment.
/// </summary>
internal static class TopicWords
{
    /// <summary>Calls <paramref name="onSegment"/> with the words of each segment (the list is reused).</summary>
    public static void Segments(string text, List<string> words, Action<List<string>> onSegment)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, TextScratch.MaxChars));
        words.Clear();
        var i = 0;
        Span<char> buffer = stackalloc char[64];
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < span.Length && (char.IsLetterOrDigit(span[i]) || IsInner(span, i)))
                    i++;
                var word = span[start..i];
                if (word.Length <= buffer.Length)
                {
                    var n = word.ToLowerInvariant(buffer);
                    words.Add(new string(buffer[..n]).Replace('\u2019', '\''));
                }
                continue;
            }
            if (IsBreak(c) && words.Count > 0)
            {
                onSegment(words);
                words.Clear();
            }
            i++;
        }
        if (words.Count > 0)
            onSegment(words);
    }

    /// <summary>True when <paramref name="word"/> may start or end a key phrase.</summary>
    public static bool IsEdgeWord(string word)
    {
        if (word.Length < 2 || StopWords.Set.Contains(word))
            return false;
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A stop word that may lead a phrase because it turns the next words into a complaint: "too expensive", "not
    /// working", "no response", "never arrived". It never ends a phrase or stands alone.
    /// </summary>
    public static bool IsLeadWord(string word) => word is "too" or "not" or "no" or "never" or "can't" or "won't" or "don't"
        or "didn't" or "doesn't" or "isn't" or "wasn't";

    private static bool IsInner(ReadOnlySpan<char> span, int i) =>
        span[i] is '\'' or '\u2019' or '-' && i + 1 < span.Length && char.IsLetterOrDigit(span[i + 1]) && i > 0 && char.IsLetterOrDigit(span[i - 1]);

    private static bool IsBreak(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\n' or '\r'
        or '\u2026' or '\u2014' or '\u2013' or '[' or ']' or '{' or '}' or '|' or '/' or '\u201C' or '\u201D' or '<' or '>';
}
