namespace Waymark.Analytics.Feedback.Search;

/// <summary>One word (<see cref="Words"/> of one) or phrase of a query, in normal form; <see cref="Prefix"/>: a word that also matches longer words it starts.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public bool IsPhrase => Words.Count > 1;
}
