namespace Waymark.Server.Features.Access;

/// <summary>
/// Endpoint metadata: the least role a caller needs for a route of the workspace group. Every route of the group
/// carries one (EndpointMetadataTests); the filter treats a route without one as owner-only, so a forgotten entry
/// fails closed.
/// </summary>
public sealed class RequiredRole(WorkspaceRole role)
{
    public WorkspaceRole Role { get; } = role;

    /// <summary>When set, a share-link guest limited to one map may call the route for that map (route value mapId).</summary>
    public bool OpenToShareGuests { get; init; }
}
