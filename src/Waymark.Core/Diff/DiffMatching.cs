namespace Waymark.Core.Diff;

/// <summary>How the parts of two maps were paired up before they were compared.</summary>
public static class DiffMatching
{
    /// <summary>Two versions of one map: stages, steps, lanes, personas and cards are paired by their ids.</summary>
    public const string Ids = "ids";

    /// <summary>
    /// Two different maps (a copy with fresh ids, two templates): parts are paired by name, then by position, so
    /// a part at the same place under another name reads as renamed.
    /// </summary>
    public const string NamesAndPositions = "namesAndPositions";
}
