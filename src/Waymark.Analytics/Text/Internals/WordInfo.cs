namespace Waymark.Analytics.Text.Internals;

/// <summary>Everything the scorer knows about one lower-case word.</summary>
internal readonly record struct WordInfo(float Valence, float Booster, WordRole Roles)
{
    public bool Has(WordRole role) => (Roles & role) != 0;
}
