namespace Waymark.Analytics.Drafting;

/// <summary>What to draft: the map's name (null: "Journey drafted from data") and how many steps at most (3..40; 0: 12).</summary>
public readonly record struct DraftOptions
{
    public const int MinSteps = 3;
    public const int MaxSteps = 40;
    public const int DefaultSteps = 12;

    public string? Name { get; init; }

    public int Steps { get; init; }

    internal int EffectiveSteps => Steps == 0 ? DefaultSteps : Math.Clamp(Steps, MinSteps, MaxSteps);
}
