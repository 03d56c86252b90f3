namespace Waymark.Analytics.Text.Internals;

/// <summary>One word, emoticon or emoji of a text: where it is in the lower-case buffer and what the rules made of it.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public TokenFlags Flags;
    public WordInfo Info;
    /// <summary>The token's valence after every rule (before the contrast weight).</summary>
    public float Valence;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;
}

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    /// <summary>Two or more letters, all upper case.</summary>
    AllCaps = 1,
    /// <summary>, ; : or a sentence end follows: negation and boosters stop here.</summary>
    ClauseEnd = 2,
    /// <summary>. ! ? or a line break follows.</summary>
    SentenceEnd = 4,
    Emoji = 8,
    Emoticon = 16,
    /// <summary>Part of a phrase matched at an earlier token; it counts for nothing itself.</summary>
    Consumed = 32,
    /// <summary>The first token of a phrase that contains its own negation.</summary>
    AbsolutePhrase = 64,
    /// <summary>Letters stretched for emphasis ("soooo goood").</summary>
    Elongated = 128,
    /// <summary>Digits only.</summary>
    Number = 256,
    /// <summary>The sentence ends with a question mark.</summary>
    Question = 512,
}
