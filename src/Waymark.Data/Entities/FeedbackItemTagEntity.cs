namespace Waymark.Data.Entities;

/// <summary>
/// A tag on one feedback item, by the item's stable id (the feedback table's FeedbackId, which a re-import keeps),
/// so links survive the feedback cache's rebuilds. Deleting the tag deletes its links.
/// </summary>
public sealed class FeedbackItemTagEntity
{
    public string TagId { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string FeedbackId { get; set; } = "";
    public DateTime TaggedAt { get; set; }
}
