namespace Waymark.Data.Entities;

/// <summary>A persona in a workspace's library, stored as its JSON document.</summary>
public sealed class PersonaEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; } = 1;
    public string Document { get; set; } = "";
}
