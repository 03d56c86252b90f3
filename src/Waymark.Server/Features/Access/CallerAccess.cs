namespace Waymark.Server.Features.Access;

public static class CallerAccess
{
    private static readonly object Key = new();

    /// <summary>The caller the workspace filter found; only routes of the workspace group have one.</summary>
    public static Caller Caller(this HttpContext http)
        => http.Items[Key] as Caller ?? throw new InvalidOperationException("No caller: the route is not in the workspace group.");

    internal static void SetCaller(this HttpContext http, Caller caller) => http.Items[Key] = caller;
}
