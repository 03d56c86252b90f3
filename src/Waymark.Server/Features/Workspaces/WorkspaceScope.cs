namespace Waymark.Server.Features.Workspaces;

/// <summary>
/// Endpoint metadata of the routes in the workspace group: a test asserts every route with a workspace id carries it,
/// so a new route cannot be mapped beside the group and skip <see cref="WorkspaceFilter"/>.
/// </summary>
public sealed class WorkspaceScope
{
    public static readonly WorkspaceScope Instance = new();

    private WorkspaceScope()
    {
    }
}
