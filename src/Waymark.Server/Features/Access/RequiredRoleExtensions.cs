namespace Waymark.Server.Features.Access;

public static class RequiredRoleExtensions
{
    /// <summary>
    /// The least role a caller needs for this route (see <see cref="RequiredRole"/>); <paramref name="shareGuestsNeedData"/>
    /// opens a route to guests only when their link includes the map's data view.
    /// </summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, WorkspaceRole role, bool openToShareGuests = false, bool shareGuestsNeedData = false)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new RequiredRole(role) { OpenToShareGuests = openToShareGuests || shareGuestsNeedData, ShareGuestsNeedData = shareGuestsNeedData });
}
