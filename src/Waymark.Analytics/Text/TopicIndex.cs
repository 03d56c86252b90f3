using Waymark.Analytics.Text.Internals;

namespace Waymark.Analytics.Text;

/// <summary>
/// The key phrases of a corpus of texts: every 1-3 word n-gram that neither starts nor ends with a stop word,
/// counted once per text. <see cref="Top"/> ranks the phrases of a subset (a step's or segment's feedback) by how much
/// more often the subset mentions them than the rest of the corpus. Immutable after <see cref="Build"/>.
/// </summary>
public sealed class TopicIndex
{
    private const double Prior = 0.5;
    private readonly string[] _phrases;
    private readonly int[] _documentFrequency;
    private readonly int[][] _documents;
    private readonly int[] _lengths;

    private TopicIndex(string[] phrases, int[] documentFrequency, int[][] documents, int[] lengths)
    {
        _phrases = phrases;
        _documentFrequency = documentFrequency;
        _documents = documents;
        _lengths = lengths;
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
        return new TopicIndex(builder.Phrases(), builder.Frequencies(), documents, lengths);
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
            if (a < minimum)
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
        foreach (var candidate in ranked)
        {
            if (chosen.Count >= count)
                break;
            var (p, a, score) = Fuller(ranked, candidate);
            var phrase = _phrases[p];
            if (chosen.Exists(c => Overlaps(c.Phrase, phrase)))
                continue;
            chosen.Add(new TopicPhrase(phrase, a, Math.Round(score, 4), Examples(p, members, quotes)));
        }
        return chosen;
    }

    /// <summary>A longer phrase holding this one that nearly every mention shares ("csv import" for "csv").</summary>
    private (int Phrase, int Count, double Score) Fuller(List<(int Phrase, int Count, double Score)> ranked, (int Phrase, int Count, double Score) candidate)
    {
        var best = candidate;
        var text = _phrases[candidate.Phrase];
        foreach (var other in ranked)
        {
            var longer = _phrases[other.Phrase];
            if (longer.Length > _phrases[best.Phrase].Length && other.Count >= 0.8 * candidate.Count && Overlaps(longer, text))
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

    private static bool Overlaps(string a, string b) =>
        $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal);

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
