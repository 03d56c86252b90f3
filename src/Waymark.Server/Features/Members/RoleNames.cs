using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Members;

/// <summary>Roles as the API and the members table spell them: owner, editor, commenter, viewer.</summary>
internal static class RoleNames
{
    public const string Allowed = "owner, editor, commenter or viewer";

    public static WorkspaceRole? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "owner" => WorkspaceRole.Owner,
        "editor" => WorkspaceRole.Editor,
        "commenter" => WorkspaceRole.Commenter,
        "viewer" => WorkspaceRole.Viewer,
        _ => null,
    };
}
