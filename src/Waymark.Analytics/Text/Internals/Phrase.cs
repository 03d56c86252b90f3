namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// A multi-word expression with its own valence ("waste of time", "no problem", "can't recommend enough").
/// <paramref name="Absolute"/> phrases already contain their negation, so a negator before them is not applied again.
/// A non-zero <paramref name="Booster"/> makes the phrase a degree modifier of what follows ("kind of", "a bit").
/// </summary>
internal sealed record Phrase(string[] Words, float Valence, bool Absolute, float Booster = 0);
