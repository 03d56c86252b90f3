namespace Waymark.Data.Entities;

/// <summary>A team's space: maps, personas and (later) data sources and members.</summary>
public sealed class WorkspaceEntity
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
}
