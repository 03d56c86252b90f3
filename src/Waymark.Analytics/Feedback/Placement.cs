namespace Waymark.Analytics.Feedback;

/// <summary>Where one piece of feedback sits on a map: a step index in map order (-1 when unplaced) and the rule that placed it.</summary>
public readonly record struct Placement(int Step, PlacementMethod Method)
{
    public static Placement None { get; } = new(-1, PlacementMethod.Unplaced);

    public bool IsPlaced => Step >= 0;
}
