namespace Waymark.Server.Features.Security;

/// <summary>
/// The header every Waymark client sends with a change (the web app "web", the CLI "cli"; any value will do). A page
/// on another site cannot add a custom header to a form post or a no-cors fetch, and a cross-origin fetch with one
/// needs a CORS preflight this server never approves, so its presence proves the request is not such a page's.
/// </summary>
public static class ClientHeader
{
    public const string Name = "X-Waymark-Client";
}
