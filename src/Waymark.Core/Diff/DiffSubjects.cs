namespace Waymark.Core.Diff;

/// <summary>Which part of a map a change is about (<see cref="MapChange.Subject"/>).</summary>
public static class DiffSubjects
{
    public const string Map = "map";
    public const string Persona = "persona";
    public const string Stage = "stage";
    public const string Step = "step";
    public const string Lane = "lane";

    /// <summary>A cell: what a lane holds at a step (its part says which: text, cards, channels, ...).</summary>
    public const string Cell = "cell";

    /// <summary>An emotion score on the curve at a step (per persona on multi-persona maps).</summary>
    public const string Emotion = "emotion";
}
