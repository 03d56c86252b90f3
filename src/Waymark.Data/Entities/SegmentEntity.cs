namespace Waymark.Data.Entities;

/// <summary>A saved segment of a workspace's customers; its conditions are stored as one JSON document.</summary>
public sealed class SegmentEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The conditions as JSON: { attributes: [{key, values}], did, didNot, channels }.</summary>
    public string Conditions { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
