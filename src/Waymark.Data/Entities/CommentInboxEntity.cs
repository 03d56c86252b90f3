namespace Waymark.Data.Entities;

/// <summary>
/// One line of a person's inbox: a comment that mentions them, or that replies in a thread they wrote in. Removed with
/// its comment; <see cref="ReadAt"/> is null until they open or dismiss it.
/// </summary>
public sealed class CommentInboxEntity
{
    public long Sequence { get; set; }
    public string WorkspaceId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string CommentId { get; set; } = "";

    /// <summary>"mention" or "reply".</summary>
    public string Reason { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
