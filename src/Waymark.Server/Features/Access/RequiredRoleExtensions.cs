namespace Waymark.Server.Features.Access;

public static class RequiredRoleExtensions
{
    /// <summary>The least role a caller needs for this route (see <see cref="RequiredRole"/>).</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, WorkspaceRole role, bool openToShareGuests = false)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new RequiredRole(role) { OpenToShareGuests = openToShareGuests });
}
