namespace Waymark.Server.Features.Topics;

/// <summary>Shows a topic as <paramref name="Label"/>; an empty or null label shows the phrase again.</summary>
public sealed record RenameTopicRequest(string? Phrase, string? Label);
