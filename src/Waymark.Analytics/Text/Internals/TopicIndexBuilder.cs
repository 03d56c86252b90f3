namespace Waymark.Analytics.Text.Internals;

/// <summary>Collects the phrases of each text while <see cref="TopicIndex"/> is built; phrase ids in first-seen order.</summary>
internal sealed class TopicIndexBuilder
{
    private const int MaxWords = 3;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _phrases = [];
    private readonly List<int> _frequencies = [];
    private readonly List<string> _words = [];
    private readonly HashSet<int> _inText = [];
    private readonly char[] _buffer = new char[256];

    /// <summary>Indexes one text and returns its distinct phrase ids, sorted.</summary>
    public int[] Add(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        _inText.Clear();
        TopicWords.Segments(text, _words, AddSegment);
        var ids = new int[_inText.Count];
        _inText.CopyTo(ids);
        Array.Sort(ids);
        foreach (var id in ids)
            _frequencies[id]++;
        return ids;
    }

    /// <summary>Phrase to id; the index keeps it to find a topic by its words.</summary>
    public Dictionary<string, int> Ids => _ids;

    public string[] Phrases() => _phrases.ToArray();

    public int[] Frequencies() => _frequencies.ToArray();

    /// <summary>Which phrases may be shown as key phrases (<see cref="Collocations"/>), given how many texts were added.</summary>
    public bool[] KeyPhrases(int texts)
    {
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        return Collocations.Mark(Phrases(), Frequencies(), texts, span => lookup.TryGetValue(span, out var id) ? id : -1);
    }

    private void AddSegment(List<string> words)
    {
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var s = 0; s < words.Count; s++)
        {
            if (!TopicWords.IsEdgeWord(words[s]) && !TopicWords.IsLeadWord(words[s]))
                continue;
            var length = 0;
            for (var n = 1; n <= MaxWords && s + n <= words.Count; n++)
            {
                var word = words[s + n - 1];
                if (length + word.Length + 1 > _buffer.Length)
                    break;
                if (n > 1)
                    _buffer[length++] = ' ';
                word.CopyTo(_buffer.AsSpan(length));
                length += word.Length;
                if (!TopicWords.IsEdgeWord(word))
                    continue;
                var key = _buffer.AsSpan(0, length);
                if (!lookup.TryGetValue(key, out var id))
                {
                    id = _phrases.Count;
                    var phrase = new string(key);
                    _ids[phrase] = id;
                    _phrases.Add(phrase);
                    _frequencies.Add(0);
                }
                _inText.Add(id);
            }
        }
    }
}
