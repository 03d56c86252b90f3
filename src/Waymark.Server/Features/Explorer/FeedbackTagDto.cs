namespace Waymark.Server.Features.Explorer;

/// <summary>A feedback tag and how many items carry it.</summary>
public sealed record FeedbackTagDto(string Id, string Name, int Count, DateTime CreatedAt);
