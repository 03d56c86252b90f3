namespace Waymark.Server.Features.Reviews;

/// <summary>
/// A map's review as the open map shows it: who answers for it (their name from the member list, null when they
/// have left), when it is due, when it was last reviewed and by whom, whether it is overdue, and whether the caller
/// may mark it reviewed (its owner, or a workspace owner).
/// </summary>
public sealed record MapReviewDto(string MapId, string? OwnerId, string? OwnerName, DateOnly? ReviewBy, int? ReviewEveryDays,
    DateOnly? ReviewedOn, string? ReviewedBy, bool Due, bool CanMarkReviewed);

/// <summary>Mark a map reviewed; nextReviewBy is required when the map has no review interval (scope.reviewEveryDays).</summary>
public sealed record MarkReviewedRequest(DateOnly? NextReviewBy);

/// <summary>A map of the caller's whose review is overdue: a reminder line in their inbox until they mark it reviewed.</summary>
public sealed record ReviewDueDto(string MapId, string MapName, DateOnly ReviewBy);
