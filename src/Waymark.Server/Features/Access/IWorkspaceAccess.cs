namespace Waymark.Server.Features.Access;

/// <summary>
/// Finds who the request's caller is in a workspace: null when the caller has no access to it at all (the filter then
/// answers 401 to an anonymous caller and 404 to anyone else, so a workspace's existence is not revealed).
/// </summary>
public interface IWorkspaceAccess
{
    public ValueTask<Caller?> FindCallerAsync(HttpContext http, string workspaceId);
}
