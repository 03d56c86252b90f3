namespace Waymark.Server.Features.Topics;

/// <summary>Undoes a merge: the phrases merged into <paramref name="Phrase"/> become topics of their own again.</summary>
public sealed record SplitTopicRequest(string? Phrase);
