using System.Collections.Frozen;
using System.Globalization;

namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Every word the sentiment rules know, in one frozen dictionary looked up by span (no string per token): VADER's
/// valence lexicon (embedded at build time from the npm package vader-sentiment), this project's extension, and the
/// roles of the closed word classes. Immutable and shared by all threads.
/// </summary>
internal sealed class Lexicon
{
    public const string ResourceName = "Waymark.Analytics.Text.vader_lexicon.txt";

    private readonly FrozenDictionary<string, WordInfo> _words;
    private readonly FrozenDictionary<string, Phrase[]> _phrasesByFirst;

    public Lexicon(IEnumerable<(string Word, float Valence)> valences)
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        foreach (var (word, valence) in valences)
            words[word] = new WordInfo(valence, 0, WordRole.Valenced);
        foreach (var (word, valence) in LexiconExtension.Added)
            words.TryAdd(word, new WordInfo(valence, 0, WordRole.Valenced));
        foreach (var (word, valence) in LexiconExtension.Overrides)
            words[word] = new WordInfo(valence, 0, WordRole.Valenced);
        AddRole(words, WordLists.Negators, WordRole.Negator, 0);
        // An intensifier that is also a sentiment word ("seriously", "terribly") boosts only when a sentiment word follows.
        AddRole(words, WordLists.Intensifiers.Where(w => !words.ContainsKey(w)).ToArray(), WordRole.Booster, WordLists.BoostStep);
        AddRole(words, WordLists.Intensifiers.Where(words.ContainsKey).ToArray(), WordRole.ConditionalBooster, WordLists.BoostStep);
        AddRole(words, WordLists.Dampeners, WordRole.Booster, -WordLists.BoostStep);
        AddRole(words, WordLists.ConditionalBoosters, WordRole.ConditionalBooster, WordLists.BoostStep);
        AddRole(words, WordLists.Contrasts, WordRole.Contrast, 0);
        AddRole(words, WordLists.Concessives, WordRole.Concessive, 0);
        AddRole(words, WordLists.Functional, WordRole.Functional, 0);
        AddRole(words, WordLists.PraiseVerbs, WordRole.Praise, 0);
        AddRole(words, WordLists.Interjections, WordRole.Interjection, 0);
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var phrase in Phrases.All)
        {
            if (!phrases.TryGetValue(phrase.Words[0], out var list))
                phrases[phrase.Words[0]] = list = [];
            list.Add(phrase);
        }
        foreach (var first in phrases.Keys)
            AddRole(words, [first], WordRole.PhraseStart, 0);
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        Lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest phrase first, so "put on hold" wins over "on hold".
        _phrasesByFirst = phrases.ToFrozenDictionary(
            p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.Ordinal);
        PhraseLookup = _phrasesByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon Embedded { get; } = LoadEmbedded();

    public FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    public FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    public int Count => _words.Count;

    /// <summary>Parses VADER's lexicon format: token TAB mean valence TAB sd TAB ratings. Lower-case spellings win.</summary>
    public static List<(string Word, float Valence)> Parse(TextReader reader)
    {
        var result = new Dictionary<string, (float Valence, bool Exact)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var end = line.IndexOf('\t', tab + 1);
            var number = end < 0 ? line.AsSpan(tab + 1) : line.AsSpan(tab + 1, end - tab - 1);
            if (!float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
                continue;
            var token = line[..tab];
            var lower = token.ToLowerInvariant();
            var exact = string.Equals(lower, token, StringComparison.Ordinal);
            if (exact || !result.ContainsKey(lower))
                result[lower] = (valence, exact);
        }
        return result.Select(p => (p.Key, p.Value.Valence)).ToList();
    }

    private static Lexicon LoadEmbedded()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The sentiment lexicon resource {ResourceName} is missing from the assembly; rebuild Waymark.Analytics with npm on PATH.");
        using var reader = new StreamReader(stream);
        return new Lexicon(Parse(reader));
    }

    private static void AddRole(Dictionary<string, WordInfo> words, string[] list, WordRole role, float booster)
    {
        foreach (var word in list)
        {
            words.TryGetValue(word, out var info);
            words[word] = info with { Roles = info.Roles | role, Booster = booster != 0 ? booster : info.Booster };
        }
    }
}
