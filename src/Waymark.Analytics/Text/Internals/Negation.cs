namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// The paper's negation rule: a negator up to three words back in the same clause scales a sentiment word by -0.74.
/// Written here with what the paper lists as exceptions and what feedback needs: "never so good" and "couldn't be
/// happier" emphasise, "can't recommend them enough" praises, rhetorical questions assert, emoji are out of scope.
/// </summary>
internal static class Negation
{
    public const float Scalar = -0.74f;

    // A negated negative word turns only mildly positive ("not terrible" is not praise; Kiritchenko & Mohammad 2016
    // found negators shift negative words less than positive ones), so it flips at half strength.
    private const float NegatedNegativeScalar = -0.5f;

    /// <summary>The index of a negator up to three words back in the same clause, or -1.</summary>
    public static int Before(TextScratch scratch, int i)
    {
        for (var j = 1; j <= 3 && i - j >= 0; j++)
        {
            ref readonly var before = ref scratch.Tokens[i - j];
            if (before.Is(TokenFlags.ClauseEnd))
                return -1;
            if (before.Is(TokenFlags.Consumed))
                continue;
            if (before.Info.Has(WordRole.Negator) || IsNegatingBut(scratch, i - j) || IsContraction(scratch.Word(i - j)))
                return i - j;
        }
        return -1;
    }

    /// <summary>The valence of token i after a negator in its scope, with the idioms that only look negated.</summary>
    public static float Apply(TextScratch scratch, int i, float v)
    {
        var n = Before(scratch, i);
        if (n < 0)
            return v;
        if (IsEmphatic(scratch, n, i))
            return v * (scratch.WordIs(n, "never") || Between(scratch, n, i, "been") ? 1.25f : 1.5f);
        // "Wouldn't that be great?": a rhetorical question asserts, it does not negate.
        if (IsRhetorical(scratch, n))
            return v;
        if (scratch.WordIs(n, "without") && scratch.WordIs(n + 1, "a") && scratch.WordIs(n + 2, "doubt"))
            return v;
        return v * (v < 0 ? NegatedNegativeScalar : Scalar);
    }

    /// <summary>Whether word i is negated in meaning (the cues of emotions, effort and intents ask this).</summary>
    public static bool Negates(TextScratch scratch, int i)
    {
        var n = Before(scratch, i);
        return n >= 0 && !IsEmphatic(scratch, n, i) && !IsRhetorical(scratch, n);
    }

    /// <summary>
    /// Negations that emphasise: "never so happy", "haven't been this sore", "can't recommend them enough",
    /// "couldn't be happier", "couldn't ask for better".
    /// </summary>
    private static bool IsEmphatic(TextScratch scratch, int n, int i) =>
        IsEmphaticNever(scratch, n, i)
        || Between(scratch, n, i, "enough") || (scratch.Tokens[i].Info.Has(WordRole.Praise) && EnoughAfter(scratch, i))
        || (IsComparative(scratch.Word(i)) && HasBridge(scratch, n, i));

    /// <summary>
    /// Emoji, emoticons and interjections ("lol", "yay") speak for the writer and are outside a negation's scope
    /// ("Nope :-)"); so are negators themselves ("no no no").
    /// </summary>
    public static bool IsNegatable(TextScratch scratch, int i)
    {
        ref readonly var token = ref scratch.Tokens[i];
        return !token.Is(TokenFlags.Emoji | TokenFlags.Emoticon) && !token.Info.Has(WordRole.Negator | WordRole.Interjection);
    }

    /// <summary>"anything but easy" negates; other uses of "but" are contrast.</summary>
    private static bool IsNegatingBut(TextScratch scratch, int k) => scratch.WordIs(k, "but") && scratch.WordIs(k - 1, "anything");

    /// <summary>"never slept so well", "never felt this good", "haven't been so happy".</summary>
    private static bool IsEmphaticNever(TextScratch scratch, int n, int i)
    {
        var never = scratch.WordIs(n, "never");
        for (var k = n + 1; k < i; k++)
        {
            if ((never || scratch.WordIs(k - 1, "been")) && (scratch.WordIs(k, "so") || scratch.WordIs(k, "this") || scratch.WordIs(k, "more")))
                return true;
        }
        return false;
    }

    private static bool IsRhetorical(TextScratch scratch, int n)
    {
        if (n > 0 && !scratch.Tokens[n - 1].Is(TokenFlags.SentenceEnd))
            return false;
        if (!IsContraction(scratch.Word(n)))
            return false;
        for (var k = n; k < scratch.Count; k++)
        {
            if (scratch.Tokens[k].Is(TokenFlags.SentenceEnd))
                return scratch.Tokens[k].Is(TokenFlags.Question);
        }
        return false;
    }

    private static bool IsContraction(ReadOnlySpan<char> word) => word.Length > 3 && word.EndsWith("n't");

    private static bool Between(TextScratch scratch, int from, int to, string word)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (scratch.WordIs(k, word))
                return true;
        }
        return false;
    }

    private static bool EnoughAfter(TextScratch scratch, int i)
    {
        for (var k = i + 1; k <= i + 4 && k < scratch.Count; k++)
        {
            if (scratch.WordIs(k, "enough"))
                return true;
            if (scratch.Tokens[k].Is(TokenFlags.ClauseEnd))
                return false;
        }
        return false;
    }

    private static bool HasBridge(TextScratch scratch, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            var word = scratch.Word(k);
            foreach (var bridge in WordLists.ComparativeBridges)
            {
                if (word.SequenceEqual(bridge))
                    return true;
            }
        }
        return false;
    }

    private static bool IsComparative(ReadOnlySpan<char> word) =>
        word is "better" or "worse" or "happier" or "easier" or "smoother" or "faster" or "nicer" or "friendlier";
}
