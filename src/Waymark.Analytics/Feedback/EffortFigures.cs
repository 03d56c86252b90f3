namespace Waymark.Analytics.Feedback;

/// <summary>Texts with a high-effort cue and their share of the texts (0 when there are none).</summary>
public sealed record EffortFigures(int High, double Share);
