namespace Waymark.Analytics.Text;

/// <summary>How strongly a text expresses each emotion (0 = not at all; cue weights, not probabilities).</summary>
public readonly record struct EmotionMix(float Joy, float Trust, float Anger, float Fear, float Sadness, float Surprise)
{
    public bool IsEmpty => Joy <= 0 && Trust <= 0 && Anger <= 0 && Fear <= 0 && Sadness <= 0 && Surprise <= 0;

    public float this[Emotion emotion] => emotion switch
    {
        Emotion.Joy => Joy,
        Emotion.Trust => Trust,
        Emotion.Anger => Anger,
        Emotion.Fear => Fear,
        Emotion.Sadness => Sadness,
        Emotion.Surprise => Surprise,
        _ => throw new ArgumentOutOfRangeException(nameof(emotion)),
    };
}
