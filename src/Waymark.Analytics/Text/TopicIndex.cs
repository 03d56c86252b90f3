using Waymark.Analytics.Text.Internals;

namespace Waymark.Analytics.Text;

/// <summary>
/// The key phrases of a corpus of texts: every 1-3 word n-gram that neither starts nor ends with a stop word,
/// counted once per text; a multi-word one is a key phrase when its words go together far more often than chance
/// (<see cref="Internals.Collocations"/>). <see cref="Top"/> ranks the key phrases of a subset (a step's or segment's
/// feedback) by how much more often the subset mentions them than the rest of the corpus, a phrase taking the place
/// of a single word it explains. <see cref="Curate"/> gives the same index with a workspace's renames, merges and
/// hidden topics applied. Immutable.
/// </summary>
public sealed partial class TopicIndex
{
    private const double Prior = 0.5;
    private const int Considered = 2_000;

    /// <summary>A key phrase takes the place of a single word (or shorter phrase) it holds when it has this share of its mentions.</summary>
    private const double Absorbs = 0.5;

    private readonly string[] _phrases;
    private readonly int[] _documentFrequency;
    private readonly int[][] _documents;
    private readonly int[] _lengths;
    private readonly bool[] _key;
    private readonly Dictionary<string, int> _ids;
    private readonly Curation _curation;

    private TopicIndex(string[] phrases, int[] documentFrequency, int[][] documents, int[] lengths, bool[] key,
        Dictionary<string, int> ids, Curation curation)
    {
        _phrases = phrases;
        _documentFrequency = documentFrequency;
        _documents = documents;
        _lengths = lengths;
        _key = key;
        _ids = ids;
        _curation = curation;
    }

    /// <summary>How many texts the index was built from.</summary>
    public int Count => _documents.Length;

    /// <summary>Indexes the whole corpus; null or empty texts have no phrases.</summary>
    public static TopicIndex Build(IReadOnlyList<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = new TopicIndexBuilder();
        var documents = new int[texts.Count][];
        var lengths = new int[texts.Count];
        for (var d = 0; d < texts.Count; d++)
        {
            documents[d] = builder.Add(texts[d]);
            lengths[d] = texts[d]?.Length ?? 0;
        }
        return new TopicIndex(builder.Phrases(), builder.Frequencies(), documents, lengths, builder.KeyPhrases(texts.Count),
            builder.Ids, Curation.None);
    }

    /// <summary>
    /// The <paramref name="count"/> most distinctive phrases of the texts at <paramref name="subset"/> (corpus indexes),
    /// each with up to <paramref name="quotes"/> example indexes. A phrase inside an already chosen one (or holding
    /// it) is skipped, so "csv", "import" and "csv import" do not crowd the list.
    /// </summary>
    public IReadOnlyList<TopicPhrase> Top(IReadOnlyList<int> subset, int count = 5, int quotes = 3)
    {
        ArgumentNullException.ThrowIfNull(subset);
        var members = new HashSet<int>();
        foreach (var d in subset)
        {
            if ((uint)d >= (uint)_documents.Length)
                throw new ArgumentOutOfRangeException(nameof(subset), d, $"Text index {d} is outside the corpus of {_documents.Length} texts.");
            members.Add(d);
        }
        if (members.Count == 0 || count <= 0)
            return [];
        var counts = new Dictionary<int, int>();
        foreach (var d in members)
        {
            foreach (var p in _documents[d])
                counts[p] = counts.GetValueOrDefault(p) + 1;
        }
        var ranked = Rank(counts, members.Count);
        return Choose(ranked, members, count, Math.Max(0, quotes));
    }

    /// <summary>Every key phrase of the text at corpus index <paramref name="index"/>.</summary>
    public IReadOnlyList<string> PhrasesOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_documents.Length, nameof(index));
        var ids = _documents[index];
        var phrases = new string[ids.Length];
        for (var k = 0; k < ids.Length; k++)
            phrases[k] = _phrases[ids[k]];
        return phrases;
    }

    /// <summary>Whether <paramref name="text"/> mentions <paramref name="phrase"/> as whole words, ignoring case.</summary>
    public static bool Mentions(string? text, string phrase)
    {
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(phrase))
            return false;
        var wanted = new List<string>();
        TopicWords.Segments(phrase, new List<string>(), words => wanted.AddRange(words));
        if (wanted.Count == 0)
            return false;
        var found = false;
        TopicWords.Segments(text, new List<string>(), words => found |= Contains(words, wanted));
        return found;
    }

    private List<(int Phrase, int Count, double Score)> Rank(Dictionary<int, int> counts, int subsetSize)
    {
        var rest = _documents.Length - subsetSize;
        var minimum = subsetSize >= 20 ? 2 : 1;
        var ranked = new List<(int, int, double)>(counts.Count);
        foreach (var (p, a) in counts)
        {
            // A judgement word ("supreme", "love") is ranked so that a phrase holding it can take its place, never shown alone.
            if (a < minimum || (!_key[p] && _phrases[p].Contains(' ', StringComparison.Ordinal)))
                continue;
            var b = Math.Max(0, _documentFrequency[p] - a);
            // Log-odds ratio of "mentions the phrase" in the subset against the rest, as a z-score (Monroe et al. 2008).
            var delta = Math.Log((a + Prior) / (subsetSize - a + Prior)) - Math.Log((b + Prior) / (rest - b + Prior));
            var variance = 1 / (a + Prior) + 1 / (subsetSize - a + Prior) + 1 / (b + Prior) + 1 / (rest - b + Prior);
            ranked.Add((p, a, delta / Math.Sqrt(variance)));
        }
        ranked.Sort((x, y) => y.Item3 != x.Item3 ? y.Item3.CompareTo(x.Item3) : y.Item2 != x.Item2 ? y.Item2.CompareTo(x.Item2)
            : string.CompareOrdinal(_phrases[x.Item1], _phrases[y.Item1]));
        return ranked;
    }

    private List<TopicPhrase> Choose(List<(int Phrase, int Count, double Score)> ranked, HashSet<int> members, int count, int quotes)
    {
        var chosen = new List<TopicPhrase>(count);
        foreach (var candidate in ranked.Take(Considered))
        {
            if (chosen.Count >= count)
                break;
            var (p, a, score) = Fuller(ranked, candidate);
            var phrase = _phrases[p];
            if (!_key[p] || chosen.Exists(c => Overlaps(c.Phrase, phrase)))
                continue;
            chosen.Add(new TopicPhrase(phrase, a, Math.Round(score, 4), Examples(p, members, quotes), LabelOf(p)));
        }
        return chosen;
    }

    /// <summary>
    /// The key phrase that explains this one: among the longer ones holding it, the most mentioned with at least half of
    /// its mentions ("customer support" for "support"); then a still longer one with nearly all of those ("csv import
    /// fails" for "csv import"). A merged topic stands for itself.
    /// </summary>
    private (int Phrase, int Count, double Score) Fuller(List<(int Phrase, int Count, double Score)> ranked, (int Phrase, int Count, double Score) candidate)
    {
        if (_curation.IsGroup(candidate.Phrase))
            return candidate;
        var best = candidate;
        var text = _phrases[candidate.Phrase];
        // A longer phrase with many of this one's mentions scores nearly as high, so it is among the first ones.
        foreach (var other in ranked.Take(Considered))
        {
            var longer = _phrases[other.Phrase];
            if (longer.Length > text.Length && other.Count >= Absorbs * candidate.Count && HoldsWords(longer, text) &&
                (other.Count > best.Count || best.Phrase == candidate.Phrase) && !_curation.IsGroup(other.Phrase))
                best = other;
        }
        var chosen = best;
        foreach (var other in ranked.Take(Considered))
        {
            var longer = _phrases[other.Phrase];
            if (other.Count >= 0.8 * chosen.Count && longer.Length > _phrases[best.Phrase].Length && HoldsWords(longer, _phrases[chosen.Phrase]) &&
                !_curation.IsGroup(other.Phrase))
                best = other;
        }
        return best;
    }

    /// <summary>Texts of the subset that mention the phrase, the ones of a readable length (30-200 characters) first, shorter first.</summary>
    private int[] Examples(int phrase, HashSet<int> members, int quotes)
    {
        if (quotes == 0)
            return [];
        var found = new List<int>();
        foreach (var d in members)
        {
            if (Array.BinarySearch(_documents[d], phrase) >= 0)
                found.Add(d);
        }
        found.Sort((x, y) =>
        {
            var rx = _lengths[x] is >= 30 and <= 200 ? 0 : 1;
            var ry = _lengths[y] is >= 30 and <= 200 ? 0 : 1;
            return rx != ry ? rx.CompareTo(ry) : _lengths[x] != _lengths[y] ? _lengths[x].CompareTo(_lengths[y]) : x.CompareTo(y);
        });
        return found.Count > quotes ? found.GetRange(0, quotes).ToArray() : found.ToArray();
    }

    private static bool Overlaps(string a, string b) => a.Length >= b.Length ? HoldsWords(a, b) : HoldsWords(b, a);

    /// <summary>Whether <paramref name="longer"/> contains <paramref name="shorter"/> as whole words (no allocation).</summary>
    private static bool HoldsWords(string longer, string shorter)
    {
        var from = 0;
        while (from <= longer.Length - shorter.Length)
        {
            var at = longer.IndexOf(shorter, from, StringComparison.Ordinal);
            if (at < 0)
                return false;
            var end = at + shorter.Length;
            if ((at == 0 || longer[at - 1] == ' ') && (end == longer.Length || longer[end] == ' '))
                return true;
            from = at + 1;
        }
        return false;
    }

    private static bool Contains(List<string> words, List<string> wanted)
    {
        for (var s = 0; s + wanted.Count <= words.Count; s++)
        {
            var match = true;
            for (var k = 0; k < wanted.Count && match; k++)
                match = string.Equals(words[s + k], wanted[k], StringComparison.Ordinal);
            if (match)
                return true;
        }
        return false;
    }
}
