using Waymark.Server.Features.Reviews;

namespace Waymark.Server.Features.Comments;

/// <summary>
/// Where a thread is pinned: kind "map", "stage" (stageId), "step" (stepId) or "cell" (laneId and stepId), ids of the
/// map document. <see cref="Key"/> names the place in one string ("step:stp_1", "cell:lane_1:stp_1") for badges.
/// </summary>
public sealed record CommentAnchorDto(string Kind, string? StageId = null, string? StepId = null, string? LaneId = null)
{
    public string Key => Kind switch
    {
        CommentAnchors.Stage => $"stage:{StageId}",
        CommentAnchors.Step => $"step:{StepId}",
        CommentAnchors.Cell => $"cell:{LaneId}:{StepId}",
        _ => CommentAnchors.Map,
    };
}

/// <summary>
/// One comment. The body is plain text in which a mention is the token <c>@[Display Name](userId)</c>; clients show
/// it as text. <see cref="AuthorId"/> is null for a share-link guest. <see cref="Mine"/>: the caller wrote it (and may
/// edit it); <see cref="CanDelete"/>: the caller wrote it or owns the workspace.
/// </summary>
public sealed record CommentDto(string Id, string? AuthorId, string AuthorName, string Body, DateTime CreatedAt, DateTime? EditedAt,
    bool Mine, bool CanDelete);

/// <summary>
/// A thread with its comments, oldest first. <see cref="AnchorLabel"/> names the place (the step's name, "lane ·
/// step" for a cell) as it is now, or as it was when the place was removed from the map (<see cref="AnchorRemoved"/>).
/// Status is "open" or "resolved".
/// </summary>
public sealed record CommentThreadDto(string Id, string MapId, CommentAnchorDto Anchor, string? AnchorLabel, bool AnchorRemoved,
    string Status, DateTime CreatedAt, DateTime LastActivityAt, DateTime? ResolvedAt, string? ResolvedByName, CommentDto[] Comments);

/// <summary>How many threads are pinned on one place, for its badge (counted over all threads, whatever the filter).</summary>
public sealed record CommentCountDto(CommentAnchorDto Anchor, int Open, int Resolved);

/// <summary>A map's threads that pass the filter, newest activity first, and the counts of every place and the map.</summary>
public sealed record CommentThreadListDto(CommentThreadDto[] Threads, CommentCountDto[] Counts, int Open, int Resolved);

/// <summary>One line of the caller's inbox: a comment that mentions them or replies in a thread they wrote in.</summary>
public sealed record InboxItemDto(long Id, string Reason, bool Read, DateTime At, string MapId, string MapName, string ThreadId,
    CommentAnchorDto Anchor, string? AnchorLabel, string CommentId, string AuthorName, string Body);

/// <summary>The caller's inbox in a workspace: unread first, then newest first; <see cref="Unread"/> counts all unread lines.</summary>
public sealed record InboxDto(int Unread, InboxItemDto[] Items, ReviewDueDto[] Reviews);
