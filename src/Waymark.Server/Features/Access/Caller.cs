namespace Waymark.Server.Features.Access;

/// <summary>
/// Who is acting on a workspace, found once per request by <see cref="IWorkspaceAccess"/> in the workspace filter and
/// read by handlers through <see cref="CallerAccess.Caller"/>. <see cref="UserId"/> is the account's id (null for a
/// share-link guest); <see cref="MapId"/> is set when the caller may reach one map only (a share link).
/// </summary>
public sealed record Caller(CallerKind Kind, string? UserId, string DisplayName, WorkspaceRole Role, string? MapId = null, string? ShareLinkId = null)
{
    /// <summary>The id the local owner acts under while accounts are off; stored as author and actor like a user id.</summary>
    public const string LocalUserId = "local";

    public static Caller LocalOwner { get; } = new(CallerKind.LocalOwner, LocalUserId, "You", WorkspaceRole.Owner);

    /// <summary>A share-link guest's own id (one per browser that opened the link), so votes and comments are theirs.</summary>
    public string? GuestId { get; init; }

    /// <summary>Whether a share-link guest's link includes the map's data view (overlay, paths, insights, step feedback).</summary>
    public bool SeesMapData { get; init; }

    public bool Has(WorkspaceRole role) => Role >= role;
}
