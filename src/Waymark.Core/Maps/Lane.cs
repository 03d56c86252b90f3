namespace Waymark.Core.Maps;

/// <summary>A row of the map. Its kind decides what its cells may hold (see <see cref="LaneRules"/>).</summary>
public sealed class Lane
{
    public string Id { get; set; } = "";
    public LaneKind Kind { get; set; } = LaneKind.Text;
    public string Title { get; set; } = "";

    /// <summary>On multi-persona maps, the persona this lane speaks for; null when it is shared.</summary>
    public string? PersonaId { get; set; }

    /// <summary>Cells keyed by step id. Files write them in the map's step order, one line per cell.</summary>
    public Dictionary<string, Cell> Cells { get; set; } = new(StringComparer.Ordinal);
}
