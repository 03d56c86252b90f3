namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Finds what the lexicon knows about a token: the word itself, else (for valence only) its stretched letters
/// collapsed ("goooood") or a regular inflection removed ("crashes", "annoyingly", "hated"). VADER looks up the exact
/// form only, so inflections its raters never saw count for nothing there.
/// </summary>
internal static class WordLookup
{
    private const int MaxWord = 48;

    public static void Resolve(TextScratch scratch, Lexicon lexicon)
    {
        for (var t = 0; t < scratch.Count; t++)
        {
            ref var token = ref scratch.Tokens[t];
            if (token.Is(TokenFlags.Emoji))
            {
                var cp = token.Length == 2
                    ? char.ConvertToUtf32(scratch.Lower[token.Start], scratch.Lower[token.Start + 1])
                    : scratch.Lower[token.Start];
                token.Info = EmojiValence.ByCodePoint.TryGetValue(cp, out var v) ? new WordInfo(v, 0, WordRole.Valenced) : default;
                continue;
            }
            var word = scratch.Lower.AsSpan(token.Start, token.Length);
            if (lexicon.Lookup.TryGetValue(word, out var info))
                token.Info = info;
            if (token.Info.Has(WordRole.Valenced) || token.Info.Roles != WordRole.None || token.Is(TokenFlags.Number))
                continue;
            if (word.Length <= MaxWord && TryVariants(word, lexicon, out var found, out var elongated))
            {
                token.Info = found;
                if (elongated)
                    token.Flags |= TokenFlags.Elongated;
            }
        }
    }

    private static bool TryVariants(ReadOnlySpan<char> word, Lexicon lexicon, out WordInfo info, out bool elongated)
    {
        elongated = false;
        Span<char> buffer = stackalloc char[MaxWord + 2];
        if (HasRun(word, 3))
        {
            elongated = true;
            // Stretched letters: try runs cut to two ("goood" -> "good") and then to one ("sooo" -> "so").
            if (TryFind(lexicon, Collapse(word, buffer, 2), out info) || TryFind(lexicon, Collapse(word, buffer, 1), out info))
                return true;
            word = Collapse(word, buffer, 2).ToArray();
        }
        return TryInflection(word, buffer, lexicon, out info);
    }

    private static bool TryInflection(ReadOnlySpan<char> w, Span<char> buffer, Lexicon lexicon, out WordInfo info)
    {
        info = default;
        if (w.Length < 4)
            return false;
        if (w.EndsWith("'s") && TryFind(lexicon, w[..^2], out info))
            return true;
        if (w.EndsWith("ies") && TryWith(lexicon, w[..^3], "y", buffer, out info))
            return true;
        if (w.EndsWith("ied") && TryWith(lexicon, w[..^3], "y", buffer, out info))
            return true;
        if (w.EndsWith("ily") && TryWith(lexicon, w[..^3], "y", buffer, out info))
            return true;
        if (w.EndsWith("bly") && TryWith(lexicon, w[..^1], "e", buffer, out info))
            return true;
        if (w.EndsWith("ly") && TryFind(lexicon, w[..^2], out info))
            return true;
        if (w.EndsWith("es") && TryFind(lexicon, w[..^2], out info))
            return true;
        if (w.EndsWith('s') && !w.EndsWith("ss") && TryFind(lexicon, w[..^1], out info))
            return true;
        if (w.EndsWith("ed") && TryStem(lexicon, w[..^2], buffer, out info))
            return true;
        if (w.EndsWith("ing") && w.Length >= 6 && TryStem(lexicon, w[..^3], buffer, out info))
            return true;
        return false;
    }

    /// <summary>A verb stem: as is, with its e back ("hated" -> "hate"), or with a doubled consonant undone ("stopped").</summary>
    private static bool TryStem(Lexicon lexicon, ReadOnlySpan<char> stem, Span<char> buffer, out WordInfo info)
    {
        if (TryFind(lexicon, stem, out info) || TryWith(lexicon, stem, "e", buffer, out info))
            return true;
        return stem.Length >= 3 && stem[^1] == stem[^2] && TryFind(lexicon, stem[..^1], out info);
    }

    private static bool TryWith(Lexicon lexicon, ReadOnlySpan<char> stem, string suffix, Span<char> buffer, out WordInfo info)
    {
        stem.CopyTo(buffer);
        suffix.AsSpan().CopyTo(buffer[stem.Length..]);
        return TryFind(lexicon, buffer[..(stem.Length + suffix.Length)], out info);
    }

    private static bool TryFind(Lexicon lexicon, ReadOnlySpan<char> word, out WordInfo info)
    {
        if (lexicon.Lookup.TryGetValue(word, out info) && info.Has(WordRole.Valenced))
        {
            // Only the valence carries over: "haters" is not a negator because "hate" is a verb.
            info = new WordInfo(info.Valence, 0, WordRole.Valenced);
            return true;
        }
        info = default;
        return false;
    }

    private static bool HasRun(ReadOnlySpan<char> word, int length)
    {
        var run = 1;
        for (var k = 1; k < word.Length; k++)
        {
            run = word[k] == word[k - 1] ? run + 1 : 1;
            if (run >= length)
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> word, Span<char> buffer, int keep)
    {
        var n = 0;
        var run = 0;
        for (var k = 0; k < word.Length; k++)
        {
            run = k > 0 && word[k] == word[k - 1] ? run + 1 : 1;
            if (run <= keep)
                buffer[n++] = word[k];
        }
        return buffer[..n];
    }
}
