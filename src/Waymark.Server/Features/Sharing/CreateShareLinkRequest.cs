namespace Waymark.Server.Features.Sharing;

/// <summary>A new share link: access "view" or "comment", an optional passcode (4 to 128 characters) and expiry.</summary>
public sealed record CreateShareLinkRequest(string? Access, string? Passcode, DateTime? ExpiresAt, bool IncludesData, string? Label);
