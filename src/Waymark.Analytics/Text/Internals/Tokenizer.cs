namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Splits a text into words, emoticons and emoji with one pass over a lower-case copy. Punctuation is not a token:
/// it marks the end of a clause or sentence on the token before it, and ! and ? are counted for emphasis.
/// </summary>
internal static class Tokenizer
{
    public static void Run(ReadOnlySpan<char> text, TextScratch scratch, Lexicon lexicon)
    {
        if (text.Length > TextScratch.MaxChars)
            text = text[..TextScratch.MaxChars];
        var lower = scratch.Lower.AsSpan(0, text.Length);
        Lowercase(text, lower);
        scratch.Count = 0;
        scratch.Exclamations = 0;
        scratch.Questions = 0;
        var i = 0;
        while (i < text.Length && scratch.Count < TextScratch.MaxTokens)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c is '\n' or '\r' && scratch.Count > 0)
                    scratch.Tokens[scratch.Count - 1].Flags |= TokenFlags.ClauseEnd | TokenFlags.SentenceEnd;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]))
                i++;
            SplitRaw(text, scratch, lexicon, start, i);
        }
        MarkCaps(text, scratch);
    }

    private static void Lowercase(ReadOnlySpan<char> text, Span<char> lower)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            lower[k] = c switch
            {
                < 'A' => c,
                <= 'Z' => (char)(c | 0x20),
                < (char)128 => c,
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    private static void SplitRaw(ReadOnlySpan<char> text, TextScratch scratch, Lexicon lexicon, int start, int end)
    {
        var lower = scratch.Lower.AsSpan();
        if (end - start is >= 2 and <= 8 && text[start..end].ContainsAnyExcept(WordChars))
        {
            // An emoticon such as :) or :-( or </3 is one token when the lexicon knows it.
            var raw = lower[start..end];
            if (lexicon.Lookup.TryGetValue(raw, out var info) && (info.Roles & WordRole.Valenced) != 0 && !HasLetterRun(raw))
            {
                Add(scratch, start, end - start, TokenFlags.Emoticon);
                return;
            }
        }
        var wordStart = -1;
        var k = start;
        while (k < end)
        {
            var c = text[k];
            if (char.IsHighSurrogate(c) && k + 1 < end && char.IsLowSurrogate(text[k + 1]))
            {
                Flush(scratch, text, ref wordStart, k);
                var cp = char.ConvertToUtf32(c, text[k + 1]);
                if (EmojiValence.IsEmoji(cp) && !EmojiValence.IsModifier(cp))
                    Add(scratch, k, 2, TokenFlags.Emoji);
                k += 2;
                continue;
            }
            if (IsWordChar(c) || c is '\'' or '-' or '_' or '\u2019' || c == '.' && wordStart >= 0 && k + 1 < end && char.IsDigit(text[k + 1]))
            {
                if (wordStart < 0)
                    wordStart = k;
                k++;
                continue;
            }
            Flush(scratch, text, ref wordStart, k);
            if (EmojiValence.IsEmoji(c))
                Add(scratch, k, 1, TokenFlags.Emoji);
            else
                Punctuation(scratch, c);
            k++;
        }
        Flush(scratch, text, ref wordStart, end);
    }

    private static void Punctuation(TextScratch scratch, char c)
    {
        switch (c)
        {
            case '!':
                scratch.Exclamations++;
                MarkLast(scratch, TokenFlags.ClauseEnd | TokenFlags.SentenceEnd);
                break;
            case '?':
                scratch.Questions++;
                MarkLast(scratch, TokenFlags.ClauseEnd | TokenFlags.SentenceEnd | TokenFlags.Question);
                break;
            case '.' or '\u2026' or '\u3002':
                MarkLast(scratch, TokenFlags.ClauseEnd | TokenFlags.SentenceEnd);
                break;
            case ',' or ';' or ':' or '(' or ')' or '\u2014' or '\u2013' or '"' or '\u201C' or '\u201D':
                MarkLast(scratch, TokenFlags.ClauseEnd);
                break;
        }
    }

    private static void MarkLast(TextScratch scratch, TokenFlags flags)
    {
        if (scratch.Count > 0)
            scratch.Tokens[scratch.Count - 1].Flags |= flags;
    }

    private static void Flush(TextScratch scratch, ReadOnlySpan<char> text, ref int wordStart, int end)
    {
        if (wordStart < 0)
            return;
        var s = wordStart;
        wordStart = -1;
        var e = end;
        while (s < e && text[s] is '\'' or '-' or '_' or '\u2019')
            s++;
        while (e > s && text[e - 1] is '\'' or '-' or '_' or '\u2019')
            e--;
        if (e <= s)
            return;
        var flags = TokenFlags.None;
        var digits = true;
        for (var k = s; k < e && digits; k++)
            digits = char.IsDigit(text[k]);
        if (digits)
            flags |= TokenFlags.Number;
        else if (e - s == 1)
            return; // "a", "I": as in the paper, single letters are not words for the three-word scopes.
        Add(scratch, s, e - s, flags);
    }

    private static void Add(TextScratch scratch, int start, int length, TokenFlags flags)
    {
        if (scratch.Count >= TextScratch.MaxTokens)
            return;
        scratch.Tokens[scratch.Count++] = new Token { Start = start, Length = length, Flags = flags };
    }

    /// <summary>Marks ALL-CAPS words and whether the text mixes them with other words (the capitals rule needs both).</summary>
    private static void MarkCaps(ReadOnlySpan<char> text, TextScratch scratch)
    {
        bool anyCaps = false, anyOther = false;
        for (var t = 0; t < scratch.Count; t++)
        {
            ref var token = ref scratch.Tokens[t];
            if (token.Is(TokenFlags.Emoji | TokenFlags.Emoticon | TokenFlags.Number))
                continue;
            int letters = 0, upper = 0;
            foreach (var c in text.Slice(token.Start, token.Length))
            {
                if (!char.IsLetter(c))
                    continue;
                letters++;
                if (char.IsUpper(c))
                    upper++;
            }
            if (letters == 0)
                continue;
            if (letters >= 2 && upper == letters)
            {
                token.Flags |= TokenFlags.AllCaps;
                anyCaps = true;
            }
            else
            {
                anyOther = true;
            }
        }
        scratch.CapsDiffer = anyCaps && anyOther;
    }

    private static readonly System.Buffers.SearchValues<char> WordChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool HasLetterRun(ReadOnlySpan<char> raw)
    {
        var run = 0;
        foreach (var c in raw)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 3)
                return true;
        }
        return false;
    }
}
