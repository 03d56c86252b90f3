namespace Waymark.Server.Features.Access;

/// <summary>
/// One thing that happened: <see cref="Action"/> is a dotted name ("map.created", "member.role-changed",
/// "share-link.revoked"), <see cref="Target"/> what it happened to (an id), <see cref="Detail"/> plain text for people.
/// <see cref="WorkspaceId"/> is null for account-wide events (a sign-in).
/// </summary>
public sealed record AuditEntry(string? WorkspaceId, string? ActorId, string ActorName, string Action, string? Target, string? Detail)
{
    public static AuditEntry By(Caller caller, string workspaceId, string action, string? target, string? detail = null)
        => new(workspaceId, caller.UserId ?? caller.ShareLinkId, caller.DisplayName, action, target, detail);
}
