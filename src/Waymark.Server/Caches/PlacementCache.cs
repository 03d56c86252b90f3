using System.Runtime.CompilerServices;
using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback;
using Waymark.Core.Maps;

namespace Waymark.Server.Caches;

/// <summary>
/// Where a map places every item of a feedback snapshot, kept for the snapshot's life per (log snapshot, map id, map
/// version, window): the explorer pages through one placement instead of placing half a million items per page.
/// The placement is the map's own (<see cref="FeedbackPlacer"/>), so the explorer's step counts are the map's.
/// </summary>
public sealed class PlacementCache
{
    private const int PerSnapshot = 8;
    private readonly ConditionalWeakTable<FeedbackSnapshot, List<Entry>> _entries = [];

    /// <summary>The placements (one per item) and the map's step ids in map order.</summary>
    public (Placement[] Placements, IReadOnlyList<string> StepIds) Get(FeedbackSnapshot snapshot, EventLog log, JourneyMap map, string mapId, int version, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var list = _entries.GetValue(snapshot, static _ => []);
        lock (list)
        {
            var found = list.Find(e => ReferenceEquals(e.Log, log) && e.MapId == mapId && e.Version == version && e.Window == window);
            if (found is not null)
                return (found.Placements, found.StepIds);
        }

        var placer = new FeedbackPlacer(log, map, window);
        var entry = new Entry(log, mapId, version, window, placer.PlaceAll(snapshot.Items), placer.StepIds);
        lock (list)
        {
            if (list.Count == PerSnapshot)
                list.RemoveAt(0);
            list.Add(entry);
        }

        return (entry.Placements, entry.StepIds);
    }

    private sealed record Entry(EventLog Log, string MapId, int Version, TimeSpan Window, Placement[] Placements, IReadOnlyList<string> StepIds);
}
