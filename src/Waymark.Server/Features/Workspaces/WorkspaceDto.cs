namespace Waymark.Server.Features.Workspaces;

/// <summary>
/// A workspace as its caller sees it. <see cref="Role"/> is the caller's role in it (owner, editor, commenter, viewer;
/// owner with accounts off), so the web app shows only the controls the server would allow.
/// </summary>
public sealed record WorkspaceDto(string Id, string Name, string? Description, DateTime CreatedAt, DateTime UpdatedAt, int MapCount, string Role);

public sealed record WorkspaceRequest(string? Name, string? Description);
