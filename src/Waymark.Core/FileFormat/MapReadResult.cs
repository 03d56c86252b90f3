using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat;

/// <summary>The outcome of reading a map document: the map, or every problem found (never only the first).</summary>
public sealed class MapReadResult
{
    public MapReadResult(JourneyMap? map, IReadOnlyList<MapProblem> problems)
    {
        Map = map;
        Problems = problems;
    }

    public JourneyMap? Map { get; }
    public IReadOnlyList<MapProblem> Problems { get; }
    public bool Succeeded => Map is not null && Problems.Count == 0;
}
