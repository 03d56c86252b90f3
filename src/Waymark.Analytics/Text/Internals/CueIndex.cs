using System.Collections.Frozen;

namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// The emotion, effort and intent cue phrases by their first word (looked up by span). Single letters are left out
/// of the phrases because the tokenizer leaves them out of the text ("how do i" is matched as "how do").
/// </summary>
internal sealed class CueIndex
{
    private static readonly FrozenSet<string> CountWords = new[]
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "several", "multiple",
        "many", "numerous", "countless", "dozen", "dozens", "endless", "umpteen", "hundred",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, CuePhrase[]> _byFirst;

    public CueIndex(IEnumerable<(string Phrase, Cue Cue)> cues)
    {
        var byFirst = new Dictionary<string, List<CuePhrase>>(StringComparer.Ordinal);
        foreach (var (phrase, cue) in cues)
        {
            var words = phrase.Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 1 || w is "#" or "*" || char.IsDigit(w[0])).ToArray();
            if (words.Length == 0 || words[0] is "*")
                throw new InvalidOperationException($"A cue phrase must start with a word: '{phrase}'.");
            if (!byFirst.TryGetValue(words[0], out var list))
                byFirst[words[0]] = list = [];
            list.Add(new CuePhrase(words, cue));
        }
        // Longest first: "put on hold" before "on hold" is found; a token starts at most one cue.
        _byFirst = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.Ordinal);
        Lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CueIndex Default { get; } = new(EmotionWords.All().Concat(EffortCues.All()).Concat(IntentCues.All()).Concat(IntentCues.Openers()));

    public IEnumerable<string> FirstWords => _byFirst.Keys.Where(k => k != "#");

    /// <summary>Phrases that start with a count ("# times").</summary>
    public CuePhrase[] CountPhrases => _byFirst.GetValueOrDefault("#", []);

    public FrozenDictionary<string, CuePhrase[]>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>How many tokens the phrase covers when it matches at token <paramref name="i"/>, else 0.</summary>
    public static int Match(TextScratch scratch, int i, string[] words)
    {
        if (i + words.Length > scratch.Count)
            return 0;
        for (var k = 1; k < words.Length; k++)
        {
            if (scratch.Tokens[i + k - 1].Is(TokenFlags.ClauseEnd))
                return 0;
            var word = scratch.Word(i + k);
            var wanted = words[k];
            var ok = wanted switch
            {
                "*" => true,
                "#" => scratch.Tokens[i + k].Is(TokenFlags.Number) || IsCountWord(word),
                _ => word.SequenceEqual(wanted),
            };
            if (!ok)
                return 0;
        }
        return words.Length;
    }

    public static bool IsCountWord(ReadOnlySpan<char> word) => CountWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
