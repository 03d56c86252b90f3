namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Per-thread buffers for one analysis: the lower-case copy of the text and its tokens. Reused call after call, so
/// analysing a text allocates nothing per token.
/// </summary>
internal sealed class TextScratch
{
    /// <summary>Only the first 20,000 characters of a text are analysed (the feedback text limit).</summary>
    public const int MaxChars = 20_000;
    public const int MaxTokens = 8_192;

    [ThreadStatic]
    private static TextScratch? t_current;

    public char[] Lower { get; } = new char[MaxChars];
    public Token[] Tokens { get; } = new Token[MaxTokens];
    public int Count { get; set; }
    public int Exclamations { get; set; }
    public int Questions { get; set; }
    public bool CapsDiffer { get; set; }

    public static TextScratch Current => t_current ??= new TextScratch();

    public ReadOnlySpan<char> Word(int index)
    {
        ref readonly var token = ref Tokens[index];
        return Lower.AsSpan(token.Start, token.Length);
    }

    public bool WordIs(int index, string word) => index >= 0 && index < Count && Word(index).SequenceEqual(word);
}
