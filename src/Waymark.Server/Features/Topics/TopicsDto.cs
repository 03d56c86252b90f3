namespace Waymark.Server.Features.Topics;

/// <summary>The workspace's topics, most mentioned first, and the topics hidden from every view (to show them again).</summary>
public sealed record TopicsDto(int Items, IReadOnlyList<TopicDto> Topics, IReadOnlyList<HiddenTopicDto> Hidden);
