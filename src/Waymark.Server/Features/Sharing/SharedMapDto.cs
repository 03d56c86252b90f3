namespace Waymark.Server.Features.Sharing;

/// <summary>
/// What a guest's browser needs to show a shared map: where it is, what the link allows, and the workspace's name
/// (its only branding today). Nothing else of the workspace.
/// </summary>
public sealed record SharedMapDto(
    string WorkspaceId, string WorkspaceName, string MapId, string MapName, string Access, bool IncludesData,
    DateTime? ExpiresAt, string GuestName);
