namespace Waymark.Server.Features.Workspaces;

public sealed record WorkspaceDto(string Id, string Name, string? Description, DateTime CreatedAt, DateTime UpdatedAt, int MapCount);

public sealed record WorkspaceRequest(string? Name, string? Description);
