namespace Waymark.Server.Features.Members;

/// <summary>A member's new role: owner, editor, commenter or viewer.</summary>
public sealed record MemberRoleRequest(string? Role);
