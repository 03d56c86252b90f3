namespace Waymark.Data.Entities;

/// <summary>
/// One comment of a thread, as plain text (mentions are tokens in it, never markup). The author's name is the one
/// they had when writing; <see cref="AuthorId"/> is the account's id, null for a share-link guest (who has none).
/// </summary>
public sealed class CommentEntity
{
    public string Id { get; set; } = "";
    public string ThreadId { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
}
