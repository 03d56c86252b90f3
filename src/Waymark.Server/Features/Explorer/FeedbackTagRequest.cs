namespace Waymark.Server.Features.Explorer;

/// <summary>A tag's name: 1 to 100 characters after trimming, unique in the workspace whatever its case.</summary>
public sealed record FeedbackTagRequest(string? Name);
