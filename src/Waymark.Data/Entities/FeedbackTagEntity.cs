namespace Waymark.Data.Entities;

/// <summary>A tag a team puts on feedback items ("billing confusion"): its name is unique in the workspace, whatever its case.</summary>
public sealed class FeedbackTagEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The name lower-cased (invariant), under a unique index, so "Billing" and "billing" are one tag.</summary>
    public string NameKey { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
