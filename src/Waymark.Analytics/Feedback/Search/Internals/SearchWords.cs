using System.Globalization;

namespace Waymark.Analytics.Feedback.Search.Internals;

/// <summary>
/// How the explorer cuts a text into words: runs of letters and digits, lower-cased (invariant) with accents taken
/// off ("Café" and "cafe" are one word). The same rule reads the texts, the query and the highlights, so a match
/// and its highlight never disagree.
/// </summary>
internal static class SearchWords
{
    /// <summary>Longer words are cut here (the index holds at most this many characters of a word).</summary>
    public const int MaxWordLength = 64;

    /// <summary>
    /// The next word of <paramref name="text"/> at or after <paramref name="position"/>: its start and length in the
    /// text, and its normal form written to <paramref name="buffer"/> (at least <see cref="MaxWordLength"/> long).
    /// False when no word is left.
    /// </summary>
    public static bool Next(string text, ref int position, Span<char> buffer, out int start, out int length, out int normalLength)
    {
        var p = position;
        while (p < text.Length && !IsWordChar(text[p]))
            p++;
        start = p;
        var ascii = true;
        while (p < text.Length && IsWordChar(text[p]))
        {
            ascii &= text[p] < 128;
            p++;
        }
        length = p - start;
        position = p;
        if (length == 0)
        {
            normalLength = 0;
            return false;
        }
        normalLength = ascii ? LowerAscii(text.AsSpan(start, length), buffer) : Fold(text.AsSpan(start, length), buffer);
        return true;
    }

    /// <summary>Every word of <paramref name="text"/> in its normal form (for queries; texts are read with <see cref="Next"/>).</summary>
    public static List<string> Normalise(string text)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[MaxWordLength];
        var position = 0;
        while (Next(text, ref position, buffer, out _, out _, out var n))
        {
            if (n > 0)
                words.Add(new string(buffer[..n]));
        }
        return words;
    }

    /// <summary>Letters (any script), digits, and the combining marks inside a word (so "é" written as e + ◌́ stays one word).</summary>
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static int LowerAscii(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = Math.Min(word.Length, MaxWordLength);
        for (var i = 0; i < n; i++)
            buffer[i] = char.ToLowerInvariant(word[i]);
        return n;
    }

    /// <summary>
    /// Lower-cases the word and takes the accents off by a table for Latin-1 and Latin Extended-A (the server runs
    /// with invariant globalization, where string.Normalize cannot decompose); combining marks are dropped; æ, œ, ß
    /// and ĳ become two letters. Other scripts are only lower-cased.
    /// </summary>
    private static int Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var raw in word)
        {
            if (n >= MaxWordLength - 1)
                break;
            var c = char.ToLowerInvariant(raw);
            if (c is >= '\u0300' and <= '\u036f')
                continue;
            if (c is >= '\u00c0' and <= '\u017f')
            {
                var folded = Table[c - '\u00c0'];
                if (folded != '\0')
                {
                    buffer[n++] = folded;
                    continue;
                }

                var pair = c switch { '\u00e6' => "ae", '\u00df' => "ss", '\u0153' => "oe", _ => "ij" };
                buffer[n++] = pair[0];
                buffer[n++] = pair[1];
                continue;
            }

            buffer[n++] = c;
        }
        return n;
    }

    /// <summary>U+00C0..U+017F lower-cased without accents; \\0 for the letters that become two.</summary>
    private const string Table = "aaaaaa\0ceeeeiiiidnooooo\u00d7ouuuuy\u00fe\0aaaaaa\0ceeeeiiiidnooooo\u00f7ouuuuy\u00feyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
}
