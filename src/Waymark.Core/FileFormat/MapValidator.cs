using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat;

// PLACEHOLDER API — the file-format work replaces the body below (branch format).
public static class MapValidator
{
    /// <summary>Every problem of a parsed map: ids, references, scales, lane rules, limits.</summary>
    public static IReadOnlyList<MapProblem> Validate(JourneyMap map) => throw new NotImplementedException();
}
