namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Reads emotions, effort and intents from the tokens the sentiment rules already resolved: cue phrases, emoji,
/// question marks, and the sentiment itself (a clearly negative text is a complaint, a clearly positive one praise).
/// A cue in a negation's scope is dropped or turned ("not happy" is sadness, "not easy" is effort).
/// </summary>
internal static class CueReader
{
    private const float StrongEffort = 0.6f;
    private const float ComplaintBelow = -0.5f;
    private const float PraiseAbove = 0.6f;

    public static (EmotionMix Emotions, double Effort, bool HighEffort, Intents Intents) Read(TextScratch scratch, double sentiment)
    {
        var state = new CueState();
        var cues = CueIndex.Default;
        for (var i = 0; i < scratch.Count; i++)
        {
            ref readonly var token = ref scratch.Tokens[i];
            if (token.Is(TokenFlags.Emoji))
            {
                Emoji(scratch, i, ref state);
                continue;
            }
            if (token.Is(TokenFlags.Question))
                state.Intents |= Intents.Question;
            var length = 0;
            if (token.Info.Has(WordRole.CueStart) && cues.Lookup.TryGetValue(scratch.Word(i), out var phrases))
                length = Apply(scratch, i, phrases, ref state);
            if (length == 0 && (token.Is(TokenFlags.Number) || CueIndex.IsCountWord(scratch.Word(i))))
                length = Apply(scratch, i, cues.CountPhrases, ref state);
            if (IsSentenceStart(scratch, i) && AsksSomething(scratch, i))
                state.Intents |= Intents.Question;
            i += Math.Max(0, length - 1);
        }
        if (sentiment <= ComplaintBelow)
            state.Intents |= Intents.Complaint;
        if (sentiment >= PraiseAbove)
            state.Intents |= Intents.Praise;
        var effort = Math.Clamp(state.Effort, 0, 1);
        var high = state.Strong || effort >= 0.8;
        return (state.Mix(), Math.Round(effort, 3), high, state.Intents);
    }

    /// <summary>
    /// Applies the longest matching phrase at token i of each kind (emotion, effort, intent): "love it" is praise and
    /// "love" still joy, but "hard to find" is not also "hard to". Returns the longest length matched.
    /// </summary>
    private static int Apply(TextScratch scratch, int i, CuePhrase[] phrases, ref CueState state)
    {
        var matched = 0;
        bool emotion = false, effort = false, intent = false;
        foreach (var phrase in phrases)
        {
            var length = CueIndex.Match(scratch, i, phrase.Words);
            if (length == 0 || (phrase.Cue.OpensSentence && !IsSentenceStart(scratch, i)))
                continue;
            var cue = phrase.Cue;
            var take = cue with
            {
                Emotion = emotion ? null : cue.Emotion,
                Effort = effort ? 0 : cue.Effort,
                Intents = intent ? Intents.None : cue.Intents,
                IntentsWhenNegated = intent ? Intents.None : cue.IntentsWhenNegated,
            };
            emotion |= cue.Emotion is not null;
            effort |= cue.Effort != 0;
            intent |= cue.Intents != Intents.None || cue.IntentsWhenNegated != Intents.None;
            matched = Math.Max(matched, length);
            var negated = Negation.Negates(scratch, i);
            var emphasis = SentimentScorer.IsActiveBoosterBefore(scratch, i) || scratch.Tokens[i].Is(TokenFlags.AllCaps) && scratch.CapsDiffer ? 1.3f : 1f;
            state.Add(take, negated, emphasis);
        }
        return matched;
    }

    private static void Emoji(TextScratch scratch, int i, ref CueState state)
    {
        ref readonly var token = ref scratch.Tokens[i];
        var cp = token.Length == 2 ? char.ConvertToUtf32(scratch.Lower[token.Start], scratch.Lower[token.Start + 1]) : scratch.Lower[token.Start];
        if (EmojiValence.EmotionOf(cp, token.Info.Valence) is { } emotion)
            state.AddEmotion(emotion, 0.5f);
    }

    private static bool IsSentenceStart(TextScratch scratch, int i) => i == 0 || scratch.Tokens[i - 1].Is(TokenFlags.SentenceEnd);

    /// <summary>A sentence that opens like a question even without "?" ("How do I export my data").</summary>
    private static bool AsksSomething(TextScratch scratch, int i)
    {
        var word = scratch.Word(i);
        if (word is "how" or "why" or "where" or "which" or "who")
            return i + 1 < scratch.Count && !scratch.Tokens[i].Is(TokenFlags.ClauseEnd);
        if (word is "what" or "when")
        {
            return scratch.WordIs(i + 1, "is") || scratch.WordIs(i + 1, "are") || scratch.WordIs(i + 1, "do") || scratch.WordIs(i + 1, "does")
                || scratch.WordIs(i + 1, "will") || scratch.WordIs(i + 1, "can") || scratch.WordIs(i + 1, "should");
        }
        return false;
    }

    /// <summary>The running sums of one text.</summary>
    private struct CueState
    {
        public float Joy, Trust, Anger, Fear, Sadness, Surprise;
        public float Effort;
        public bool Strong;
        public Intents Intents;

        public void Add(Cue cue, bool negated, float emphasis)
        {
            if (cue.Emotion is { } emotion)
            {
                if (!negated)
                    AddEmotion(emotion, cue.Weight * emphasis);
                else if (emotion == Emotion.Joy)
                    AddEmotion(Emotion.Sadness, cue.Weight * 0.5f); // "not happy"
            }
            if (cue.Effort != 0)
            {
                var effort = (negated ? -cue.Effort : cue.Effort) * emphasis;
                Effort += effort;
                Strong |= effort >= StrongEffort;
            }
            Intents |= negated ? cue.IntentsWhenNegated : cue.Intents;
        }

        public void AddEmotion(Emotion emotion, float weight)
        {
            switch (emotion)
            {
                case Emotion.Joy: Joy += weight; break;
                case Emotion.Trust: Trust += weight; break;
                case Emotion.Anger: Anger += weight; break;
                case Emotion.Fear: Fear += weight; break;
                case Emotion.Sadness: Sadness += weight; break;
                case Emotion.Surprise: Surprise += weight; break;
            }
        }

        /// <summary>Each emotion's cue weights saturate towards 1 (1 - e^-sum), so a long rant does not grow without end.</summary>
        public readonly EmotionMix Mix() => new(S(Joy), S(Trust), S(Anger), S(Fear), S(Sadness), S(Surprise));

        private static float S(float sum) => sum <= 0 ? 0 : MathF.Round(1 - MathF.Exp(-sum), 3);
    }
}
