using Waymark.Data.Entities;

namespace Waymark.Server.Features.Access;

/// <summary>workspace_members.Role text to <see cref="WorkspaceRole"/> and back.</summary>
public static class MemberRoleNames
{
    public static string ToText(WorkspaceRole role) => role switch
    {
        WorkspaceRole.Owner => MemberRoles.Owner,
        WorkspaceRole.Editor => MemberRoles.Editor,
        WorkspaceRole.Commenter => MemberRoles.Commenter,
        _ => MemberRoles.Viewer,
    };

    /// <summary>An unknown text reads as viewer, the least (the table's check constraint keeps others out anyway).</summary>
    public static WorkspaceRole FromText(string role) => role switch
    {
        MemberRoles.Owner => WorkspaceRole.Owner,
        MemberRoles.Editor => WorkspaceRole.Editor,
        MemberRoles.Commenter => WorkspaceRole.Commenter,
        _ => WorkspaceRole.Viewer,
    };
}
