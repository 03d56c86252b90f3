namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>
/// Where a sign-in may send the browser afterwards: a path on this site only, so a crafted link cannot use Waymark's
/// sign-in to bounce someone to another site (no "//host", no "/\host", no scheme, no control characters).
/// </summary>
internal static class LocalReturn
{
    public static string Or(string? returnUrl, string fallback) => IsLocal(returnUrl) ? returnUrl! : fallback;

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048 && url[0] == '/'
        && (url.Length == 1 || url[1] != '/' && url[1] != '\\')
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
