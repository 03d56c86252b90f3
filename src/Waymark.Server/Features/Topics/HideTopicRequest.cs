namespace Waymark.Server.Features.Topics;

/// <summary>Hides a topic from every view, or shows it again.</summary>
public sealed record HideTopicRequest(string? Phrase, bool Hidden);
