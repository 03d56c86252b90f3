namespace Waymark.Core.Maps;

/// <summary>
/// A new map with nothing in it yet but what its kind implies: a service blueprint starts with the lanes that make it
/// one (what the customer sees and does, the frontstage, the backstage and the support processes, in the order the
/// three blueprint lines of interaction, visibility and internal interaction fall between them); the other kinds
/// start empty.
/// </summary>
public static class BlankMaps
{
    public const string DefaultName = "Untitled journey";

    public static JourneyMap Create(MapKind kind)
    {
        var map = new JourneyMap { Id = Ids.New("map"), Kind = kind, Name = DefaultName };
        if (kind == MapKind.ServiceBlueprint)
        {
            map.Lanes.AddRange(
            [
                Lane(LaneKind.Touchpoints, "Physical evidence and touchpoints"),
                Lane(LaneKind.Actions, "Customer actions"),
                Lane(LaneKind.Frontstage, "Frontstage: what staff do in view"),
                Lane(LaneKind.Backstage, "Backstage: what staff do out of sight"),
                Lane(LaneKind.SupportProcesses, "Support processes and systems"),
            ]);
        }

        return map;
    }

    private static Lane Lane(LaneKind kind, string title) => new() { Id = Ids.New("lan"), Kind = kind, Title = title };
}
