namespace Waymark.Server.Features.Access;

/// <summary>
/// Endpoint metadata: the least role a caller needs for a route of the workspace group. Every route of the group
/// carries one (EndpointMetadataTests); the filter treats a route without one as owner-only, so a forgotten entry
/// fails closed.
/// </summary>
public sealed class RequiredRole(WorkspaceRole role)
{
    public WorkspaceRole Role { get; } = role;

    /// <summary>
    /// When set, a share-link guest limited to one map may call the route for that map (route value mapId); a route
    /// without a map id (the workspace itself, for its name) is open to the guest as it is.
    /// </summary>
    public bool OpenToShareGuests { get; init; }

    /// <summary>When set, a share-link guest reaches the route only if the link includes the map's data view.</summary>
    public bool ShareGuestsNeedData { get; init; }
}
