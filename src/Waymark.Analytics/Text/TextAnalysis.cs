namespace Waymark.Analytics.Text;

/// <summary>
/// What the analyser read in one text: sentiment in -1..1 (VADER-style compound), emotions, effort (0..1, with
/// <paramref name="HighEffort"/> when a cue such as "had to call three times" was found) and intents.
/// </summary>
public readonly record struct TextAnalysis(double Sentiment, EmotionMix Emotions, double Effort, bool HighEffort, Intents Intents);
