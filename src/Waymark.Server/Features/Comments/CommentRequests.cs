namespace Waymark.Server.Features.Comments;

/// <summary>A new thread: where it is pinned and its first comment.</summary>
public sealed record CreateThreadRequest(CommentAnchorRequest? Anchor, string? Body);

/// <summary>The place of a new thread (see <see cref="CommentAnchorDto"/>).</summary>
public sealed record CommentAnchorRequest(string? Kind, string? StageId, string? StepId, string? LaneId);

/// <summary>A reply, or the new text of a comment.</summary>
public sealed record CommentRequest(string? Body);

/// <summary>Marks inbox lines read: the ones named, or all of the caller's in the workspace.</summary>
public sealed record MarkInboxReadRequest(long[]? Ids, bool? All);
