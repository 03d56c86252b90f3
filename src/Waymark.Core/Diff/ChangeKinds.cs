namespace Waymark.Core.Diff;

/// <summary>What happened to a part between the two maps (<see cref="MapChange.Kind"/>).</summary>
public static class ChangeKinds
{
    public const string Added = "added";
    public const string Removed = "removed";

    /// <summary>Moved to another position, or (a step) to another stage.</summary>
    public const string Moved = "moved";
    public const string Renamed = "renamed";

    /// <summary>A field or cell part now holds something else (<see cref="MapChange.From"/> → <see cref="MapChange.To"/>).</summary>
    public const string Changed = "changed";
}
