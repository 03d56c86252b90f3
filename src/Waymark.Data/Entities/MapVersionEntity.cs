namespace Waymark.Data.Entities;

/// <summary>
/// A named point in a map's op log ("after the workshop", docs/adr/048): the map as it was just after op
/// <see cref="Seq"/>. Only the name and the seq are kept; the map at that point is rebuilt from the log.
/// </summary>
public sealed class MapVersionEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";
    public long Seq { get; set; }
    public string Name { get; set; } = "";
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
