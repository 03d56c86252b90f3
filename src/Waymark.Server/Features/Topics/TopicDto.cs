namespace Waymark.Server.Features.Topics;

/// <summary>
/// One topic of the workspace's feedback: the phrase that names it (for links and curation), what it is shown as,
/// how many items mention it (a merged topic: the distinct items of the union) and the phrases merged into it.
/// </summary>
public sealed record TopicDto(string Phrase, string Label, int Count, IReadOnlyList<string> Merged);
