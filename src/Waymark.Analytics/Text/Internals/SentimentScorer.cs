namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Sentiment in the manner of VADER (Hutto &amp; Gilbert, ICWSM 2014), written here from the paper: lexicon valence,
/// degree modifiers within three words, negation within three words (scalar -0.74; -0.5 for negative words), ALL-CAPS emphasis in mixed-case
/// text, "but" shifting weight to what follows, "!" and "?" amplification, idioms, and the compound x/sqrt(x²+15).
/// Scopes stop at clause punctuation, contrast is weighed per sentence, and phrases with their own negation
/// ("no problem", "never been better", "can't recommend them enough") keep their meaning.
/// </summary>
internal static class SentimentScorer
{
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
            return Negation.Before(scratch, i) >= 0 && !token.Is(TokenFlags.AbsolutePhrase) ? WordLists.FunctionalValence * Negation.Scalar : 0;
        var sign = v > 0 ? 1f : -1f;
        if (token.Is(TokenFlags.AllCaps) && scratch.CapsDiffer)
            v += sign * CapsStep;
        if (token.Is(TokenFlags.Elongated))
            v += sign * WordLists.BoostStep;
        v += Boost(scratch, i, sign);
        if (!token.Is(TokenFlags.AbsolutePhrase) && Negation.IsNegatable(scratch, i))
            v = Negation.Apply(scratch, i, v);
        if (i >= 1 && scratch.WordIs(i - 1, "least") && !scratch.WordIs(i - 2, "at") && !scratch.WordIs(i - 2, "very"))
            v *= Negation.Scalar;
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

    /// <summary>Whether a booster stands right before token <paramref name="i"/> in its clause ("very angry").</summary>
    internal static bool IsActiveBoosterBefore(TextScratch scratch, int i) =>
        i > 0 && !scratch.Tokens[i - 1].Is(TokenFlags.ClauseEnd) && IsActiveBooster(scratch, i - 1) && scratch.Tokens[i - 1].Info.Booster > 0;

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
}
