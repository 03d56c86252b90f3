namespace Waymark.Server.Features.Members;

/// <summary>
/// An invitation not yet accepted or revoked, as owners see it (never its secret); <see cref="Expired"/> tells an
/// invitation whose link no longer works. <see cref="InvitedBy"/> is the inviter's name.
/// </summary>
public sealed record InvitationDto(string Id, string Role, string? Email, string InvitedBy, DateTime CreatedAt, DateTime ExpiresAt, bool Expired);
