namespace Waymark.Server.Features.Members;

/// <summary>What an invitation link offers, shown on the accept page before anyone signs in or joins.</summary>
public sealed record InvitationPreview(string WorkspaceId, string WorkspaceName, string Role, string InvitedBy, string? Email, DateTime ExpiresAt);
