using Waymark.Analytics.Text.Internals;

namespace Waymark.Analytics.Text;

public sealed partial class TopicIndex
{
    /// <summary>
    /// This index with a workspace's curation applied: each merged phrase's mentions count for the phrase it is
    /// merged into (a text mentioning several members counts once, so a merged topic's count is the number of
    /// distinct texts in the union), hidden topics are gone, and topics carry their labels. Rules for phrases the
    /// corpus does not hold are ignored. This index stays as it was; no rules give it back.
    /// </summary>
    public TopicIndex Curate(IReadOnlyList<TopicRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
            return this;
        var curation = Curation.From(rules, _ids, _phrases.Length);
        var documents = new int[_documents.Length][];
        var frequency = (int[])_documentFrequency.Clone();
        for (var d = 0; d < _documents.Length; d++)
            documents[d] = curation.Remap(_documents[d], frequency);
        var key = (bool[])_key.Clone();
        foreach (var group in curation.Groups)
            key[group] = true;
        return new TopicIndex(_phrases, frequency, documents, _lengths, key, _ids, curation);
    }

    /// <summary>
    /// The topic a pain point's link or a filter names: a key phrase (after merges: the topic it is merged into) or a
    /// topic's label, ignoring case and spacing; -1 when the index has no such topic or it is hidden.
    /// </summary>
    public int Find(string? topic)
    {
        var phrase = Normalize(topic);
        if (phrase is null)
            return -1;
        if (_ids.TryGetValue(phrase, out var id))
            return _curation.Resolve(id);
        return _curation.ByLabel(phrase);
    }

    /// <summary>Whether the text at corpus index <paramref name="index"/> mentions topic <paramref name="topic"/> (from <see cref="Find"/>).</summary>
    public bool Holds(int index, int topic) =>
        topic >= 0 && (uint)index < (uint)_documents.Length && Array.BinarySearch(_documents[index], topic) >= 0;

    /// <summary>The phrase that names topic <paramref name="topic"/> (from <see cref="Find"/>).</summary>
    public string PhraseOf(int topic) => _phrases[topic];

    /// <summary>The phrases a topic stands for: its own and those merged into it (a filter by the topic matches any).</summary>
    public IReadOnlyList<string> PhrasesFor(int topic) =>
        topic < 0 ? [] : [_phrases[topic], .. _curation.Members(topic).Select(p => _phrases[p])];

    /// <summary>What topic <paramref name="topic"/> is shown as: its label, else its phrase.</summary>
    public string LabelOf(int topic) => _curation.LabelOf(topic) ?? _phrases[topic];

    /// <summary>How many texts of the corpus mention topic <paramref name="topic"/> (a merged topic: the distinct texts of the union).</summary>
    public int CountOf(int topic) => topic >= 0 ? _documentFrequency[topic] : 0;

    /// <summary>
    /// The key phrases (after curation: topics) whose phrase or label contains <paramref name="text"/>, ignoring case,
    /// most mentioned first: how a team finds a topic that is not among the most mentioned. No quotes, no score.
    /// </summary>
    public IReadOnlyList<TopicPhrase> Search(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<int>();
        for (var p = 0; p < _phrases.Length && !string.IsNullOrWhiteSpace(text); p++)
        {
            if (_key[p] && _documentFrequency[p] > 0 && _curation.Resolve(p) == p &&
                (_phrases[p].Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) || LabelOf(p).Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)))
                found.Add(p);
        }
        found.Sort((x, y) => _documentFrequency[x] != _documentFrequency[y] ? _documentFrequency[y].CompareTo(_documentFrequency[x])
            : string.CompareOrdinal(_phrases[x], _phrases[y]));
        return [.. found.Take(Math.Max(0, count)).Select(p => new TopicPhrase(_phrases[p], _documentFrequency[p], 0, [], LabelOf(p)))];
    }

    /// <summary>
    /// A topic as the index writes its phrases: lower-case words joined by single spaces; null when the text has no
    /// word or spans punctuation that ends a phrase ("import. fails").
    /// </summary>
    public static string? Normalize(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
            return null;
        var segments = 0;
        string? phrase = null;
        TopicWords.Segments(topic, [], words =>
        {
            segments++;
            phrase = string.Join(' ', words);
        });
        return segments == 1 ? phrase : null;
    }
}
