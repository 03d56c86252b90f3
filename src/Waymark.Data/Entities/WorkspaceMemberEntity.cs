namespace Waymark.Data.Entities;

/// <summary>
/// One person's place in one workspace. Role is stored as text (owner, editor, commenter, viewer; see
/// <see cref="MemberRoles"/>) so the table reads plainly and a new role needs no renumbering.
/// </summary>
public sealed class WorkspaceMemberEntity
{
    public string WorkspaceId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Role { get; set; } = MemberRoles.Viewer;
    public DateTime JoinedAt { get; set; }
}
