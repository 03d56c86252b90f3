namespace Waymark.Core.Maps;

/// <summary>What a map is about and who answers for it.</summary>
public sealed class MapScope
{
    /// <summary>The goal statement: what the customer is trying to get done.</summary>
    public string? Goal { get; set; }
    public string? Scenario { get; set; }
    public string? Segment { get; set; }

    /// <summary>Channels in scope (see <see cref="Channels"/>).</summary>
    public List<string> Channels { get; set; } = [];
    public List<KpiTarget> KpiTargets { get; set; } = [];
    public string? Owner { get; set; }

    /// <summary>When the map should be reviewed again; past this date the map is flagged as stale.</summary>
    public DateOnly? ReviewBy { get; set; }
}
