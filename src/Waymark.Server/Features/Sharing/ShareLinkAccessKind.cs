using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Sharing;

/// <summary>What a share link lets its guests do: "view" reads the map, "comment" also comments and votes.</summary>
internal static class ShareLinkAccessKind
{
    public const string View = "view";
    public const string Comment = "comment";

    public static bool IsValid(string? access) => access is View or Comment;

    public static WorkspaceRole RoleOf(string access) => access == Comment ? WorkspaceRole.Commenter : WorkspaceRole.Viewer;
}
