using Waymark.Server.Features.Accounts;

namespace Waymark.Server.Features.Common;

/// <summary>
/// Who made a change: the signed-in account's name; with accounts off, clients name themselves in X-Waymark-User
/// (a session's name cannot be claimed by a header). Revisions record it so history reads well.
/// </summary>
internal static class Authors
{
    public const string Header = "X-Waymark-User";

    public static string Of(HttpRequest request)
    {
        var name = request.HttpContext.User.UserId() is null ? request.Headers[Header].ToString().Trim() : request.HttpContext.User.DisplayName();
        if (name.Length == 0)
        {
            return "anonymous";
        }

        return name.Length > 200 ? name[..200] : name;
    }
}
