namespace Waymark.Server.Features.Topics;

/// <summary>Merges topics into <paramref name="Into"/> (one of them; the first when null), optionally labelling the result.</summary>
public sealed record MergeTopicsRequest(IReadOnlyList<string>? Phrases, string? Into, string? Label);
