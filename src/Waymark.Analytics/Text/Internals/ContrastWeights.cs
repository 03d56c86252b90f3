namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// The paper's "but" rule, per sentence: valence before a contrast marker (but, however, yet) counts half and after
/// it one and a half. A conceded clause (although, though, despite, whereas; "while" at a sentence start) counts half
/// and the main clause one and a half. "but also", "nothing but", "all but" and "anything but" are not contrasts.
/// </summary>
internal static class ContrastWeights
{
    private const float Before = 0.5f;
    private const float After = 1.5f;

    public static void Apply(TextScratch scratch)
    {
        var start = 0;
        for (var i = 0; i < scratch.Count; i++)
        {
            if (scratch.Tokens[i].Is(TokenFlags.SentenceEnd) || i == scratch.Count - 1)
            {
                Sentence(scratch, start, i);
                start = i + 1;
            }
        }
    }

    private static void Sentence(TextScratch scratch, int from, int to)
    {
        // A question does not assert the good it asks about ("Is it any good?", "Can someone recommend a good editor?").
        if (scratch.Tokens[to].Is(TokenFlags.Question))
        {
            var clause = to;
            while (clause > from && !scratch.Tokens[clause - 1].Is(TokenFlags.ClauseEnd))
                clause--;
            for (var k = clause; k <= to; k++)
            {
                if (scratch.Tokens[k].Valence > 0)
                    scratch.Tokens[k].Valence *= Before;
            }
        }
        for (var k = from; k <= to; k++)
        {
            ref readonly var token = ref scratch.Tokens[k];
            if (token.Is(TokenFlags.Consumed))
                continue;
            if (token.Info.Has(WordRole.Contrast) && IsContrast(scratch, k, from))
            {
                Scale(scratch, from, k - 1, Before);
                Scale(scratch, k + 1, to, After);
                return;
            }
            if (token.Info.Has(WordRole.Concessive) && IsConcession(scratch, k, from))
            {
                Concede(scratch, from, k, to);
                return;
            }
        }
    }

    private static bool IsContrast(TextScratch scratch, int k, int from)
    {
        if (scratch.WordIs(k, "but"))
        {
            return !scratch.WordIs(k + 1, "also") && !scratch.WordIs(k - 1, "nothing") && !scratch.WordIs(k - 1, "all")
                && !scratch.WordIs(k - 1, "anything") && !scratch.WordIs(k - 1, "anyone") && !scratch.WordIs(k - 1, "everyone")
                && !scratch.WordIs(k - 1, "nobody") && !scratch.WordIs(k - 1, "none");
        }
        if (scratch.WordIs(k, "yet"))
            return k > from && (scratch.Tokens[k - 1].Is(TokenFlags.ClauseEnd) || scratch.WordIs(k - 1, "and"));
        return true;
    }

    private static bool IsConcession(TextScratch scratch, int k, int from)
    {
        if (scratch.WordIs(k, "while"))
            return k == from;
        // A clause-final "though" ("Good app though.") only softens; no weights.
        return !scratch.Tokens[k].Is(TokenFlags.ClauseEnd);
    }

    private static void Concede(TextScratch scratch, int from, int k, int to)
    {
        var leading = k == from || (k == from + 1 && scratch.WordIs(from, "even"));
        if (!leading)
        {
            // "X although Y", "X, despite Y": X is the point.
            Scale(scratch, from, k - 1, After);
            Scale(scratch, k, to, Before);
            return;
        }
        var end = k;
        while (end < to && !scratch.Tokens[end].Is(TokenFlags.ClauseEnd))
            end++;
        if (end >= to)
            return;
        Scale(scratch, from, end, Before);
        Scale(scratch, end + 1, to, After);
    }

    private static void Scale(TextScratch scratch, int from, int to, float factor)
    {
        for (var k = from; k <= to; k++)
            scratch.Tokens[k].Valence *= factor;
    }
}
