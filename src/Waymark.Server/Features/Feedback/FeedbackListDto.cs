namespace Waymark.Server.Features.Feedback;

/// <summary>A page of a workspace's feedback, latest first, with how many items there are in all.</summary>
public sealed record FeedbackListDto(long Total, IReadOnlyList<FeedbackListItem> Items);
