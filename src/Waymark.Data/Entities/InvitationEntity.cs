namespace Waymark.Data.Entities;

/// <summary>
/// An invitation to join a workspace with a role: by link (<see cref="Email"/> null) or sent to an email address.
/// Only the SHA-256 of the link's secret is kept (<see cref="TokenHash"/>); the secret lives in the link alone. An
/// invitation is used once: accepting sets <see cref="AcceptedBy"/> and <see cref="AcceptedAt"/> in one conditional
/// update, so two people racing for one link cannot both join.
/// </summary>
public sealed class InvitationEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";

    /// <summary>owner, editor, commenter or viewer.</summary>
    public string Role { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public string? Email { get; set; }

    /// <summary>The user id of the owner who invited.</summary>
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public string? AcceptedBy { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
