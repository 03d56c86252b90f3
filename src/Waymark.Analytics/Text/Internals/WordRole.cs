namespace Waymark.Analytics.Text.Internals;

/// <summary>What a word does besides carrying valence; one lookup per token gives all of it.</summary>
[Flags]
internal enum WordRole : ushort
{
    None = 0,
    /// <summary>The word has a valence (from the lexicon, its extension or a stem of it).</summary>
    Valenced = 1,
    /// <summary>not, never, isn't, without, ... flips the valence of the next words in its clause.</summary>
    Negator = 2,
    /// <summary>very, extremely, slightly, ... scales the next sentiment word.</summary>
    Booster = 4,
    /// <summary>pretty, super, real, ... a booster only when a sentiment word follows (else its own valence).</summary>
    ConditionalBooster = 8,
    /// <summary>but, however: what comes after weighs more than what came before.</summary>
    Contrast = 16,
    /// <summary>although, though, whereas: the clause it opens weighs less.</summary>
    Concessive = 32,
    /// <summary>The first word of at least one phrase (idiom).</summary>
    PhraseStart = 64,
    /// <summary>work, load, respond, ...: neutral alone, negative when negated ("doesn't work").</summary>
    Functional = 128,
    /// <summary>recommend, thank, praise: "can't recommend them enough" is praise, not negation.</summary>
    Praise = 256,
    /// <summary>lol, yay, ugh: outside any negation's scope.</summary>
    Interjection = 512,
}
