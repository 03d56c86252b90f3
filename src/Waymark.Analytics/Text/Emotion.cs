namespace Waymark.Analytics.Text;

/// <summary>The emotions the text analyser recognises.</summary>
public enum Emotion
{
    Joy,
    Trust,
    Anger,
    Fear,
    Sadness,
    Surprise,
}
