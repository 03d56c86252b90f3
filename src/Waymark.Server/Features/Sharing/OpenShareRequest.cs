namespace Waymark.Server.Features.Sharing;

/// <summary>Opening a share link: its token, the passcode when it has one, and the name a guest goes by (for votes and comments).</summary>
public sealed record OpenShareRequest(string? Token, string? Passcode, string? Name);
