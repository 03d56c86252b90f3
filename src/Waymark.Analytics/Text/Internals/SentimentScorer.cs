namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Sentiment in the manner of VADER (Hutto &amp; Gilbert, ICWSM 2014), written here from the paper: lexicon valence,
/// degree modifiers within three words, negation within three words (scalar -0.74), ALL-CAPS emphasis in mixed-case
/// text, "but" shifting weight to what follows, "!" and "?" amplification, idioms, and the compound x/sqrt(x²+15).
/// Scopes stop at clause punctuation, contrast is weighed per sentence, and phrases with their own negation
/// ("no problem", "never been better", "can't recommend them enough") keep their meaning.
/// </summary>
internal static class SentimentScorer
{
    private const float NegationScalar = -0.74f;
    private const float CapsStep = 0.733f;
    private const float Alpha = 15f;

    public static double Score(TextScratch scratch, Lexicon lexicon)
    {
        if (scratch.Count == 0)
            return 0;
        PhraseMatcher.Apply(scratch, lexicon);
        for (var i = 0; i < scratch.Count; i++)
            scratch.Tokens[i].Valence = Valence(scratch, i);
        ContrastWeights.Apply(scratch);
        double sum = 0;
        for (var i = 0; i < scratch.Count; i++)
            sum += scratch.Tokens[i].Valence;
        sum += Math.Sign(sum) * Punctuation(scratch);
        var compound = sum / Math.Sqrt(sum * sum + Alpha);
        return Math.Clamp(compound, -1, 1);
    }

    private static double Punctuation(TextScratch scratch)
    {
        var emphasis = Math.Min(scratch.Exclamations, 4) * 0.292;
        var questions = scratch.Questions;
        if (questions > 1)
            emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        return emphasis;
    }

    private static float Valence(TextScratch scratch, int i)
    {
        ref readonly var token = ref scratch.Tokens[i];
        if (token.Is(TokenFlags.Consumed))
            return 0;
        var info = token.Info;
        if (IsActiveBooster(scratch, i))
            return 0;
        var v = info.Valence;
        // "no" before a sentiment word ("no good") leaves it to the negation rule; before other words ("no refund",
        // "no idea") it keeps its own negative valence, as in the paper.
        if (i + 1 < scratch.Count && !token.Is(TokenFlags.ClauseEnd) && scratch.WordIs(i, "no") && scratch.Tokens[i + 1].Info.Valence != 0
            && !scratch.Tokens[i + 1].Info.Has(WordRole.Negator))
            v = 0;
        var functional = v == 0 && info.Has(WordRole.Functional);
        if (v == 0 && !functional)
            return 0;
        if (functional)
            return NegatorBefore(scratch, i) >= 0 && !token.Is(TokenFlags.AbsolutePhrase) ? WordLists.FunctionalValence * NegationScalar : 0;
        var sign = v > 0 ? 1f : -1f;
        if (token.Is(TokenFlags.AllCaps) && scratch.CapsDiffer)
            v += sign * CapsStep;
        if (token.Is(TokenFlags.Elongated))
            v += sign * WordLists.BoostStep;
        v += Boost(scratch, i, sign);
        if (!token.Is(TokenFlags.AbsolutePhrase) && IsNegatable(scratch, i))
            v = Negate(scratch, i, v);
        if (i >= 1 && scratch.WordIs(i - 1, "least") && !scratch.WordIs(i - 2, "at") && !scratch.WordIs(i - 2, "very"))
            v *= NegationScalar;
        return v;
    }

    /// <summary>Boosters are worth nothing themselves; conditional ones ("pretty") only when a sentiment word follows.</summary>
    internal static bool IsActiveBooster(TextScratch scratch, int i)
    {
        ref readonly var token = ref scratch.Tokens[i];
        if (token.Is(TokenFlags.Consumed))
            return false;
        if (token.Info.Has(WordRole.Booster))
            return true;
        if (!token.Info.Has(WordRole.ConditionalBooster) || token.Is(TokenFlags.ClauseEnd) || i + 1 >= scratch.Count)
            return false;
        ref readonly var next = ref scratch.Tokens[i + 1];
        return next.Info.Valence != 0 || next.Info.Has(WordRole.Booster);
    }

    private static float Boost(TextScratch scratch, int i, float sign)
    {
        float total = 0;
        for (var j = 1; j <= 3 && i - j >= 0; j++)
        {
            ref readonly var before = ref scratch.Tokens[i - j];
            if (before.Is(TokenFlags.ClauseEnd))
                break;
            float step;
            if (before.Is(TokenFlags.Consumed) && before.Info.Booster != 0)
                step = before.Info.Booster;
            else if (IsActiveBooster(scratch, i - j))
                step = before.Info.Booster;
            else
                continue;
            var s = step * sign;
            if (before.Is(TokenFlags.AllCaps) && scratch.CapsDiffer)
                s += CapsStep * sign * Math.Sign(step);
            total += s * (j == 1 ? 1f : j == 2 ? 0.95f : 0.9f);
        }
        return total;
    }

    /// <summary>The index of a negator up to three words back in the same clause, or -1.</summary>
    internal static int NegatorBefore(TextScratch scratch, int i)
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

    private static float Negate(TextScratch scratch, int i, float v)
    {
        var n = NegatorBefore(scratch, i);
        if (n < 0)
            return v;
        // "never so happy", "never this good", "haven't been this sore": emphasis, not negation.
        if (IsEmphaticNever(scratch, n, i))
            return v * 1.25f;
        // "Wouldn't that be great?": a rhetorical question asserts, it does not negate.
        if (IsRhetorical(scratch, n))
            return v;
        if (Between(scratch, n, i, "enough") || (scratch.Tokens[i].Info.Has(WordRole.Praise) && EnoughAfter(scratch, i)))
            return v * 1.5f;
        // "couldn't be happier", "couldn't ask for better", "never felt better": a superlative.
        if (IsComparative(scratch.Word(i)) && HasBridge(scratch, n, i))
            return v * 1.5f;
        if (scratch.WordIs(n, "without") && scratch.WordIs(n + 1, "a") && scratch.WordIs(n + 2, "doubt"))
            return v;
        return v * NegationScalar;
    }

    /// <summary>
    /// Emoji, emoticons and interjections ("lol", "yay") speak for the writer and are outside a negation's scope
    /// ("Nope :-)"); so are negators themselves ("no no no").
    /// </summary>
    private static bool IsNegatable(TextScratch scratch, int i)
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
