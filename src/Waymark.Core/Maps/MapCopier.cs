namespace Waymark.Core.Maps;

// PLACEHOLDER API — the file-format work replaces the body below (branch format).
public static class MapCopier
{
    /// <summary>
    /// A deep copy. With <paramref name="newIds"/> every id in the document gets a fresh one and every reference
    /// (cells by step id, persona ids) follows it.
    /// </summary>
    public static JourneyMap Copy(JourneyMap source, bool newIds) => throw new NotImplementedException();
}
