namespace Waymark.Analytics.Text;

/// <summary>
/// A key phrase of a subset of a corpus: how many texts of the subset mention it, how distinctive it is there
/// (log-odds z-score against the rest of the corpus; higher = more typical of the subset), example texts
/// (corpus indexes, short representative ones first) and what it is shown as (a workspace's label, else the phrase).
/// </summary>
public sealed record TopicPhrase(string Phrase, int Count, double Score, IReadOnlyList<int> Examples, string Label);
