namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// A workspace's topic rules resolved against one index's phrase ids: where each phrase's mentions go (itself, the
/// topic it is merged into, or nowhere when hidden) and the labels.
/// </summary>
internal sealed class Curation
{
    private const int MaxChain = 8;
    private readonly int[]? _resolve;
    private readonly Dictionary<int, string> _labels;
    private readonly Dictionary<string, int> _byLabel;

    private Curation(int[]? resolve, Dictionary<int, string> labels, HashSet<int> groups)
    {
        _resolve = resolve;
        _labels = labels;
        Groups = groups;
        _byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, label) in labels)
        {
            if (TopicIndex.Normalize(label) is { } key && Resolve(id) == id)
                _byLabel.TryAdd(key, id);
        }
    }

    public static Curation None { get; } = new(null, [], []);

    /// <summary>Topics that other phrases are merged into.</summary>
    public HashSet<int> Groups { get; }

    public static Curation From(IReadOnlyList<TopicRule> rules, Dictionary<string, int> ids, int phrases)
    {
        var into = new int[phrases];
        for (var p = 0; p < phrases; p++)
            into[p] = p;
        foreach (var rule in rules)
        {
            if (rule.MergedInto is { } target && ids.TryGetValue(rule.Phrase, out var member) && ids.TryGetValue(target, out var group) && member != group)
                into[member] = group;
        }
        var resolve = new int[phrases];
        var groups = new HashSet<int>();
        for (var p = 0; p < phrases; p++)
        {
            var at = p;
            for (var hop = 0; hop < MaxChain && into[at] != at; hop++)
                at = into[at];
            resolve[p] = at;
            if (at != p)
                groups.Add(at);
        }
        var labels = new Dictionary<int, string>();
        foreach (var rule in rules)
        {
            if (!ids.TryGetValue(rule.Phrase, out var id) || resolve[id] != id)
                continue;
            if (!string.IsNullOrWhiteSpace(rule.Label))
                labels[id] = rule.Label.Trim();
            if (rule.Hidden)
                Hide(resolve, id);
        }
        groups.RemoveWhere(g => resolve[g] < 0);
        return new Curation(resolve, labels, groups);
    }

    public bool IsGroup(int id) => Groups.Contains(id);

    /// <summary>The phrases merged into topic <paramref name="group"/> (not itself).</summary>
    public IEnumerable<int> Members(int group)
    {
        if (_resolve is null || !Groups.Contains(group))
            yield break;
        for (var p = 0; p < _resolve.Length; p++)
        {
            if (_resolve[p] == group && p != group)
                yield return p;
        }
    }

    /// <summary>The topic phrase <paramref name="id"/> counts for, or -1 when hidden.</summary>
    public int Resolve(int id) => _resolve is null ? id : _resolve[id];

    public string? LabelOf(int id) => _labels.GetValueOrDefault(id);

    public int ByLabel(string normalized) => _byLabel.TryGetValue(normalized, out var id) ? id : -1;

    /// <summary>
    /// A text's phrase ids with the rules applied (sorted, distinct), adjusting the text counts of the phrases that
    /// moved; the same array when nothing in it moves.
    /// </summary>
    public int[] Remap(int[] ids, int[] frequency)
    {
        if (_resolve is null || Unmoved(ids))
            return ids;
        var moved = new SortedSet<int>();
        foreach (var id in ids)
        {
            frequency[id]--;
            if (_resolve[id] >= 0)
                moved.Add(_resolve[id]);
        }
        foreach (var id in moved)
            frequency[id]++;
        return [.. moved];
    }

    private bool Unmoved(int[] ids)
    {
        foreach (var id in ids)
        {
            if (_resolve![id] != id)
                return false;
        }
        return true;
    }

    private static void Hide(int[] resolve, int group)
    {
        for (var p = 0; p < resolve.Length; p++)
        {
            if (resolve[p] == group)
                resolve[p] = -1;
        }
    }
}
