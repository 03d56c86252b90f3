namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Finds the multi-word expressions of <see cref="Phrases"/>: the first token takes the phrase's valence, the others
/// are consumed. A phrase never spans clause punctuation (except after its last word).
/// </summary>
internal static class PhraseMatcher
{
    public static void Apply(TextScratch scratch, Lexicon lexicon)
    {
        for (var i = 0; i < scratch.Count; i++)
        {
            ref var token = ref scratch.Tokens[i];
            if (!token.Info.Has(WordRole.PhraseStart) || token.Is(TokenFlags.Consumed))
                continue;
            if (!lexicon.PhraseLookup.TryGetValue(scratch.Word(i), out var candidates))
                continue;
            foreach (var phrase in candidates)
            {
                if (!Matches(scratch, i, phrase.Words))
                    continue;
                Take(scratch, i, phrase);
                break;
            }
        }
    }

    private static bool Matches(TextScratch scratch, int i, string[] words)
    {
        if (i + words.Length > scratch.Count)
            return false;
        for (var k = 1; k < words.Length; k++)
        {
            if (scratch.Tokens[i + k - 1].Is(TokenFlags.ClauseEnd) || !scratch.Word(i + k).SequenceEqual(words[k]))
                return false;
        }
        return true;
    }

    private static void Take(TextScratch scratch, int i, Phrase phrase)
    {
        ref var first = ref scratch.Tokens[i];
        var roles = phrase.Valence != 0 ? WordRole.Valenced : WordRole.None;
        first.Info = new WordInfo(phrase.Valence, 0, roles);
        if (phrase.Absolute)
            first.Flags |= TokenFlags.AbsolutePhrase;
        var last = i + phrase.Words.Length - 1;
        for (var k = i + 1; k <= last; k++)
        {
            ref var rest = ref scratch.Tokens[k];
            rest.Flags |= TokenFlags.Consumed;
            rest.Info = default;
        }
        if (phrase.Booster != 0)
        {
            // "kind of", "a bit": the last word modifies what follows like a dampener.
            ref var end = ref scratch.Tokens[last];
            end.Info = new WordInfo(0, phrase.Booster, WordRole.None);
            if (last == i)
                end.Flags |= TokenFlags.Consumed;
        }
    }
}
