namespace Waymark.Server.Features.Topics;

/// <summary>A hidden topic: its phrase and label.</summary>
public sealed record HiddenTopicDto(string Phrase, string Label);
