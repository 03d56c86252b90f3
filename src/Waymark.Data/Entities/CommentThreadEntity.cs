namespace Waymark.Data.Entities;

/// <summary>
/// A comment thread pinned to a place of a map: the map itself, a stage, a step or a cell (lane x step). The anchor
/// holds ids of the map document, which the database cannot check: a thread whose stage, step or lane was deleted
/// from the map stays (shown as on a removed place, with <see cref="AnchorLabel"/>, the place's name when pinned).
/// </summary>
public sealed class CommentThreadEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";

    /// <summary>"map", "stage", "step" or "cell".</summary>
    public string AnchorKind { get; set; } = "map";
    public string? StageId { get; set; }
    public string? StepId { get; set; }
    public string? LaneId { get; set; }
    public string? AnchorLabel { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The newest comment's time, so the busiest threads list first.</summary>
    public DateTime LastActivityAt { get; set; }

    /// <summary>Set while the thread is resolved; null when open.</summary>
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedById { get; set; }
    public string? ResolvedByName { get; set; }
}
