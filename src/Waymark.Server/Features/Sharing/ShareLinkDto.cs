namespace Waymark.Server.Features.Sharing;

/// <summary>
/// A share link as its map's editors see it: never its secret (shown once, at creation) nor its passcode.
/// <see cref="State"/> is "active", "expired" or "revoked".
/// </summary>
public sealed record ShareLinkDto(
    string Id, string MapId, string Access, string? Label, bool HasPasscode, bool IncludesData, DateTime? ExpiresAt,
    DateTime? RevokedAt, string State, DateTime CreatedAt, string CreatedByName, DateTime? LastUsedAt, int Opens);
