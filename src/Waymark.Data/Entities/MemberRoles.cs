namespace Waymark.Data.Entities;

/// <summary>The role names stored in workspace_members.Role (the table's check constraint allows only these).</summary>
public static class MemberRoles
{
    public const string Owner = "owner";
    public const string Editor = "editor";
    public const string Commenter = "commenter";
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Owner, Editor, Commenter, Viewer];
}
