namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// What a word or phrase tells besides valence: an emotion (with a weight), effort (positive = effort, negative =
/// ease) and intents. <paramref name="IntentsWhenNegated"/> is what a negated cue means instead ("won't renew" is
/// a cancel intent); otherwise a negated cue counts for nothing ("not angry", "I won't cancel"). A cue that
/// <paramref name="OpensSentence"/> counts only at the start of a sentence ("Does it sync?", not "it does the job").
/// </summary>
internal readonly record struct Cue(Emotion? Emotion, float Weight, float Effort, Intents Intents, Intents IntentsWhenNegated = Intents.None, bool OpensSentence = false)
{
    public static Cue Of(Emotion emotion, float weight = 1f) => new(emotion, weight, 0, Intents.None);

    public static Cue OfEffort(float effort) => new(null, 0, effort, Intents.None);

    public static Cue OfIntent(Intents intents) => new(null, 0, 0, intents);
}

/// <summary>A cue's words: literal lower-case words, "#" for any count ("3", "three", "several"), "*" for any one word.</summary>
internal sealed record CuePhrase(string[] Words, Cue Cue);
